import type { IsoDay } from './iso-day';

/**
 * The reader's own calendar day as `YYYY-MM-DD`, in their time zone rather than UTC (what a date
 * input expects, and what "today" means to someone logging an introduction at 23:30 in Hà Nội).
 *
 * @example localToday(new Date(2026, 2, 3, 23, 30)) // '2026-03-03'
 */
export function localToday(now: Date = new Date()): IsoDay {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
