/**
 * The one definition of an overdue enrollment, derived when read and never stored:
 * assigned or in progress, and past its due date. `now` is an SQL expression or a
 * bound parameter (`now()`, `:now`, `$3`). GET /enrollments and the reports use it.
 */
export function overdueSql(alias: string, now: string): string {
  return `(${alias}.status IN ('assigned', 'in_progress') AND ${alias}.due_at < ${now})`;
}
