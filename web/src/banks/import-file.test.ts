import { describe, expect, it } from 'vitest';
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

});
