import { describe, expect, it } from 'vitest';
import { bucketLabel, parsePoints } from './grading-format';

describe('grading', () => {
  it('takes points from 0 to the maximum, with a decimal comma or point', () => {
    expect(parsePoints('4', 5)).toBe(4);
    expect(parsePoints('3,5', 5)).toBe(3.5);
    expect(parsePoints(' 0 ', 5)).toBe(0);
    expect(parsePoints('5.0001', 5)).toBeUndefined();
    expect(parsePoints('-1', 5)).toBeUndefined();
    expect(parsePoints('1.23456', 5)).toBeUndefined();
    expect(parsePoints('', 5)).toBeUndefined();
    expect(parsePoints('pięć', 5)).toBeUndefined();
  });


  it('labels score ranges', () => {
    expect(bucketLabel({ from: 90, to: 100, count: 2 })).toBe('90–100 %');
  });
});
