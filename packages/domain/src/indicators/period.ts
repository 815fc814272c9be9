// Reporting periods of the Decision 766 index: always calendar months, quarters and years (docs/DOMAIN.md §7).
import type { IsoDate } from '../clock.js';

/** A period of whole days in Vietnam's calendar, both ends included. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

const PATTERNS: readonly [RegExp, (year: number, part: number) => Period][] = [
  [/^(\d{4})-(0[1-9]|1[0-2])$/, (year, month) => monthSpan(year, month, month)],
  [/^(\d{4})-[Qq]([1-4])$/, (year, quarter) => monthSpan(year, quarter * 3 - 2, quarter * 3)],
  [/^(\d{4})$/, (year) => monthSpan(year, 1, 12)],
];

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function monthSpan(year: number, firstMonth: number, lastMonth: number): Period {
  // Day 0 of the next month is the last day of this one, leap years included.
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { from: `${pad(year, 4)}-${pad(firstMonth)}-01`, to: `${pad(year, 4)}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/**
 * The period a short name stands for: `2026-03` (a month), `2026-Q1` (a quarter), `2026` (a year). Throws a
 * RangeError on anything else.
 */
export function periodOf(name: string): Period {
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(name.trim());
    if (match) return build(Number(match[1]), Number(match[2] ?? 0));
  }
  throw new RangeError(`Not a month (2026-03), quarter (2026-Q1) or year (2026): "${name}"`);
}

/** Whether a date falls inside a period, ends included. */
export function isInPeriod(date: IsoDate, period: Period): boolean {
  return date >= period.from && date <= period.to;
}
