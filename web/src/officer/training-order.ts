import type { components } from '../api/schema';

export type EnrollmentItem = components['schemas']['EnrollmentListItem'];

/** Overdue first, then what is still to do, then what is done (completed, expired). */
const GROUP: Record<EnrollmentItem['status'], number> = { overdue: 0, assigned: 1, in_progress: 1, completed: 2, expired: 2 };

/** The officer's training in the order to work through it: by group, then by due date (soonest first). */
export function trainingOrder<T extends Pick<EnrollmentItem, 'status' | 'dueAt' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => GROUP[a.status] - GROUP[b.status] || Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.id.localeCompare(b.id));
}

/** Completed modules as a share of all, 0–100. */
export function progressPercent(item: Pick<EnrollmentItem, 'modulesCompleted' | 'modulesTotal'>): number {
  return item.modulesTotal === 0 ? 0 : Math.round((item.modulesCompleted / item.modulesTotal) * 100);
}
