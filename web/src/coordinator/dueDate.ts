/**
 * The end (23:59) of a calendar day picked in a date input, in the browser's time zone,
 * written with its offset (`2026-09-30T23:59:00+02:00`), as POST /assignments wants:
 * "due on the 30th" means the whole of the 30th where the coordinator is.
 */
export function endOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const local = new Date(y, m - 1, d, 23, 59, 0);
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.abs(Math.trunc(n))).padStart(2, '0');
  return `${day}T23:59:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** A date input's value (`YYYY-MM-DD`) for the day `days` from now, in the browser's time zone. */
export function dayFromNow(days: number, now = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
