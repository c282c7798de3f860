import type { Schemas } from './data';

export type CompletionCounts = Pick<Schemas['CompletionByUnitRow'], 'assigned' | 'completed' | 'inProgress' | 'notStarted' | 'overdue' | 'expired' | 'completionRate'>;

/** The parts `assigned` splits into, in the order the bars stack them, with a colour each (from styles.css's palette). */
export const COMPLETION_PARTS = [
  { key: 'completed', colour: '#1b6b32' },
  { key: 'inProgress', colour: '#1d4e89' },
  { key: 'notStarted', colour: '#8d99a8' },
  { key: 'overdue', colour: '#a4161a' },
  { key: 'expired', colour: '#8a5300' },
] as const;

export type CompletionPart = (typeof COMPLETION_PARTS)[number]['key'];

export interface BarChartData {
  labels: string[];
  datasets: { label: string; data: number[]; backgroundColor: string }[];
}

/** Stacked bars, one per row (course or unit): how many of those assigned are in each state. */
export function completionChartData<T extends CompletionCounts>(rows: T[], labelOf: (row: T) => string, partName: (part: CompletionPart) => string): BarChartData {
  return {
    labels: rows.map(labelOf),
    datasets: COMPLETION_PARTS.map((p) => ({ label: partName(p.key), data: rows.map((r) => r[p.key]), backgroundColor: p.colour })),
  };
}

/** A completion rate (0..1, null when nobody is assigned) as a whole-number percent for the table. */
export function ratePercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}
