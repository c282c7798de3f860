import { describe, expect, it } from 'vitest';
import { fileName } from './export';
import { formatFor, positionOf } from './import-file';

describe('import and export files', () => {
  it('guesses the format from the file name', () => {
    expect(formatFor('bank.XML')).toBe('moodle-xml');
    expect(formatFor('prawa.gift.txt')).toBe('gift');
    expect(formatFor('pytania.gift')).toBe('gift');
  });

  it('says where a skipped question is', () => {
    expect(positionOf({ line: 12 })).toEqual({ kind: 'line', n: 12 });
    expect(positionOf({ index: 3 })).toEqual({ kind: 'index', n: 3 });
    expect(positionOf({})).toBeUndefined();
  });

  it('reads the download name the API gives', () => {
    expect(fileName('attachment; filename="Bank_testowy.xml"')).toBe('Bank_testowy.xml');
    expect(fileName("attachment; filename=\"Bank.xml\"; filename*=UTF-8''Bank%20%C5%BC.xml")).toBe('Bank ż.xml');
    expect(fileName(null)).toBeUndefined();
  });
});
