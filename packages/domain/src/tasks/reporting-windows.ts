// Reporting windows (docs/DOMAIN.md §1 "reporting regime", §7): recurring tasks ("Thường xuyên") owe one update per
// window. cchc's default window runs from the day after the previous report's due date to its own due date.
import { dayOfIso, isoOfDay } from '../calendar/dates.js';
import type { IsoDate } from '../clock.js';

/** A report period of the plan and its due date (the last allowed day). */
export interface ReportDueInput {
  period: string;
  due: IsoDate;
}

/** The span of days a report covers, both ends included. */
export interface ReportingWindow {
  period: string;
  start: IsoDate;
  due: IsoDate;
}

/** Calendar quarters, for a plan that lists no reporting regime. */
export function quarterDues(year: number): ReportDueInput[] {
  return [
    { period: 'Q1', due: `${year}-03-31` },
    { period: 'Q2', due: `${year}-06-30` },
    { period: 'Q3', due: `${year}-09-30` },
    { period: 'Y', due: `${year}-12-31` },
  ];
}

/**
 * The windows of a plan year, in order. The first opens on 15/12 of the year before, where Decree 09/2019's
 * yearly window starts (docs/DOMAIN.md §7: Q1 2026 = 15/12/2025–08/03/2026); each next one opens the day after the
 * previous due date. Without listed periods, calendar quarters are used.
 */
export function reportingWindows(year: number, dues: readonly ReportDueInput[]): ReportingWindow[] {
  const sorted = [...(dues.length > 0 ? dues : quarterDues(year))].sort((a, b) => a.due.localeCompare(b.due));
  let start: IsoDate = `${year - 1}-12-15`;
  return sorted.map(({ period, due }) => {
    const window = { period, start, due };
    start = isoOfDay(dayOfIso(due) + 1);
    return window;
  });
}

/** The window whose days include `date`, or null between the last due date and the next year's first window. */
export const windowContaining = (windows: readonly ReportingWindow[], date: IsoDate): ReportingWindow | null =>
  windows.find((w) => w.start <= date && date <= w.due) ?? null;

/** The latest window whose due date is before `date`: the last report that should already be in. */
export function lastEndedWindow(windows: readonly ReportingWindow[], date: IsoDate): ReportingWindow | null {
  const ended = windows.filter((w) => w.due < date);
  return ended[ended.length - 1] ?? null;
}
