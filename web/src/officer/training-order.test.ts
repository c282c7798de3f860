import { describe, expect, it } from 'vitest';
import { progressPercent, trainingOrder } from './training-order';

const item = (id: string, status: 'assigned' | 'in_progress' | 'completed' | 'expired' | 'overdue', dueAt: string) => ({ id, status, dueAt });

describe('trainingOrder', () => {
  it('puts overdue courses first, then the ones to do, then the finished ones, each by due date', () => {
    const sorted = trainingOrder([
      item('done', 'completed', '2026-01-01T00:00:00Z'),
      item('later', 'assigned', '2026-12-30T00:00:00Z'),
      item('late-recent', 'overdue', '2026-11-30T00:00:00Z'),
      item('soon', 'in_progress', '2026-12-10T00:00:00Z'),
      item('late-old', 'overdue', '2026-10-01T00:00:00Z'),
      item('lapsed', 'expired', '2025-06-01T00:00:00Z'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['late-old', 'late-recent', 'soon', 'later', 'lapsed', 'done']);
  });

  it('keeps the given list as it was and orders ties by id, so the order is stable', () => {
    const items = [item('b', 'assigned', '2026-12-10T00:00:00Z'), item('a', 'assigned', '2026-12-10T00:00:00Z')];
    expect(trainingOrder(items).map((e) => e.id)).toEqual(['a', 'b']);
    expect(items.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('progressPercent', () => {
  it('is the completed share of the modules, rounded, and 0 for a course without modules', () => {
    expect(progressPercent({ modulesCompleted: 1, modulesTotal: 3 })).toBe(33);
    expect(progressPercent({ modulesCompleted: 2, modulesTotal: 2 })).toBe(100);
    expect(progressPercent({ modulesCompleted: 0, modulesTotal: 0 })).toBe(0);
  });
});
