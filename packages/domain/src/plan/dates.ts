// Calendar-date arithmetic for timeframes. Dates are `YYYY-MM-DD` strings handled in UTC so no time zone or
// clock is involved: the domain package must not read the current time.
import { isoOfCivil } from '../calendar/dates.js';
import type { IsoDate } from '../clock.js';

const MS_PER_DAY = 86_400_000;

/** True for a real calendar date in the range plans use (1900–2199). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/** Number of days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `days` days after (or before, when negative) `date`. */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(y, m - 1, d) + days * MS_PER_DAY);
  return isoOfCivil(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** First day of a month. */
export function monthStart(year: number, month: number): IsoDate {
  return isoOfCivil(year, month, 1);
}

/** Last day of a month. */
export function monthEnd(year: number, month: number): IsoDate {
  return isoOfCivil(year, month, daysInMonth(year, month));
}
