import { describe, expect, it } from 'vitest';
import { clockText, studySecondsLeft } from './study-time';

describe('studySecondsLeft', () => {
  const now = Date.parse('2026-12-04T10:00:00Z');
  it('counts down to completableAt, rounding up, and stops at zero', () => {
    expect(studySecondsLeft('2026-12-04T10:00:30.200Z', 60, now)).toBe(31);
    expect(studySecondsLeft('2026-12-04T10:00:00Z', 60, now)).toBe(0);
    expect(studySecondsLeft('2026-12-04T09:59:00Z', 60, now)).toBe(0);
  });
  it('never asks for more than the minimum study time (a device clock behind the server)', () => {
    expect(studySecondsLeft('2026-12-04T10:05:00Z', 60, now)).toBe(60);
  });
  it('is the whole minimum when the lesson was not opened yet', () => {
    expect(studySecondsLeft(null, 90, now)).toBe(90);
  });
});

describe('clockText', () => {
  it('writes minutes and seconds, with hours when there are any', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(75)).toBe('1:15');
    expect(clockText(3725)).toBe('1:02:05');
  });
});
