import { describe, expect, it } from 'vitest';
import { completionChartData, ratePercent } from './completionChart';

const row = (name: string, counts: Partial<Record<string, number>>) => ({
  name,
  assigned: 0,
  completed: 0,
  inProgress: 0,
  notStarted: 0,
  overdue: 0,
  expired: 0,
  completionRate: null,
  ...counts,
});

describe('completionChartData', () => {
  it('stacks each row into its five parts, in a fixed order with a colour each', () => {
    const data = completionChartData(
      [row('KP I', { assigned: 4, completed: 1, inProgress: 1, notStarted: 1, overdue: 1 }), row('KP II', { assigned: 2, expired: 2 })],
      (r) => r.name,
      (part) => part.toUpperCase(),
    );
    expect(data.labels).toEqual(['KP I', 'KP II']);
    expect(data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['COMPLETED', [1, 0]],
      ['INPROGRESS', [1, 0]],
      ['NOTSTARTED', [1, 0]],
      ['OVERDUE', [1, 0]],
      ['EXPIRED', [0, 2]],
    ]);
    expect(new Set(data.datasets.map((d) => d.backgroundColor)).size).toBe(5);
  });
});

describe('ratePercent', () => {
  it('turns 0..1 into a percent with one decimal; nobody assigned stays null', () => {
    expect(ratePercent(0.3333)).toBe(33.3);
    expect(ratePercent(1)).toBe(100);
    expect(ratePercent(null)).toBeNull();
  });
});
