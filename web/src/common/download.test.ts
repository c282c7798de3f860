import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download';

describe('fileNameFrom', () => {
  it('reads the quoted, the bare and the RFC 5987 file name', () => {
    expect(fileNameFrom('attachment; filename="completion-KMP-2026-12-04.csv"')).toBe('completion-KMP-2026-12-04.csv');
    expect(fileNameFrom('attachment; filename=report.xlsx')).toBe('report.xlsx');
    expect(fileNameFrom(`attachment; filename="a.csv"; filename*=UTF-8''%C5%BC%C3%B3%C5%82%C4%87.csv`)).toBe('żółć.csv');
  });

  it('reads the name when both forms are given, the extended one first', () => {
    expect(fileNameFrom("attachment; filename=\"Bank.xml\"; filename*=UTF-8''Bank%20%C5%BC.xml")).toBe('Bank ż.xml');
  });

  it('has none without the header', () => {
    expect(fileNameFrom(null)).toBeUndefined();
    expect(fileNameFrom('inline')).toBeUndefined();
  });
});
