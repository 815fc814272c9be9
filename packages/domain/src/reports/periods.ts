// The periods of the periodic PAR reports (docs/DOMAIN.md §1 reporting regime, §7 data windows): which span of days each
// report covers under the three window settings, period codes (`2026-Q1`) and their Vietnamese names.
import type { IsoDate } from '../clock.js';
import type { ReportPeriod } from '../plan/types.js';
import { quarterDues, reportingWindows } from '../tasks/reporting-windows.js';

/**
 * How a report's data window is cut:
 * - `since_previous` (cchc's default): a quarterly report runs from the day after the previous report's window to
 *   its due date, the first from 15/12 of the year before (Q1 2026 = 15/12/2025–08/03/2026, Q3 = 09/06–08/09),
 *   since the plan's due dates fall before the 9th and Decree 09's windows would leave days out; the 6-month and
 *   annual reports are cumulative from the start of the reporting year (H1 2026 = 15/12/2025–08/06/2026, year 2026
 *   = 15/12/2025–08/12/2026);
 * - `decree_09`: Decree 09/2019, the 15th of the month before the span to the 14th of its last month;
 * - `calendar`: calendar quarters, half-year and year.
 */
export const REPORT_WINDOW_MODES = ['since_previous', 'decree_09', 'calendar'] as const;
export type ReportWindowMode = (typeof REPORT_WINDOW_MODES)[number];

/** The periods a plan can list, in the order of the year. */
export const REPORT_PERIODS = ['Q1', 'Q2', 'H1', 'Q3', 'Y'] as const satisfies readonly ReportPeriod[];

/** A report period of a plan with its due date (the last allowed day). */
export interface ReportPeriodDue {
  period: ReportPeriod;
  due: IsoDate;
}

/** A report period with its code, due date and the days its data covers (both ends included). */
export interface ReportPeriodWindow {
  /** `2026-Q1`, `2026-H1`, `2026-Q3`, `2026` for the year. */
  code: string;
  year: number;
  period: ReportPeriod;
  due: IsoDate;
  start: IsoDate;
  end: IsoDate;
}

/** Periods whose report covers the reporting year so far rather than the time since the previous report. */
const CUMULATIVE: ReadonlySet<ReportPeriod> = new Set(['H1', 'Y']);

/** The calendar months a period spans, first and last. */
const MONTHS: Record<ReportPeriod, [number, number]> = {
  Q1: [1, 3],
  Q2: [4, 6],
  H1: [1, 6],
  Q3: [7, 9],
  Y: [1, 12],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of a month; month 0 is December of the year before. */
function dayOfMonth(year: number, month: number, day: number): IsoDate {
  return month === 0 ? `${year - 1}-12-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** The calendar span of a period (Q1 = 01/01–31/03): Decision 766 always uses these. */
export function calendarSpan(year: number, period: ReportPeriod): { start: IsoDate; end: IsoDate } {
  const [first, last] = MONTHS[period];
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { start: dayOfMonth(year, first, 1), end: dayOfMonth(year, last, lastDay) };
}

/** Decree 09/2019's span: the 15th of the month before the first month to the 14th of the last month. */
export function decree09Span(year: number, period: ReportPeriod): { start: IsoDate; end: IsoDate } {
  const [first, last] = MONTHS[period];
  return { start: dayOfMonth(year, first - 1, 15), end: dayOfMonth(year, last, 14) };
}

/** The code of a period: `2026-Q1`, or `2026` for the year. */
export const reportPeriodCode = (year: number, period: ReportPeriod): string =>
  period === 'Y' ? String(year) : `${year}-${period}`;

/** Reads `2026-Q1`, `2026-H1`, `2026-q3`, `2026`; null for anything else. */
export function parseReportPeriodCode(code: string): { year: number; period: ReportPeriod } | null {
  const match = /^(\d{4})(?:-(Q1|Q2|H1|Q3))?$/i.exec(code.trim());
  if (!match) return null;
  return { year: Number(match[1]), period: (match[2]?.toUpperCase() ?? 'Y') as ReportPeriod };
}

/**
 * The windows of a plan's report periods under a setting, in due-date order. Without listed periods the plan is
 * reported by calendar quarters (as the task reminders assume).
 */
export function reportPeriodWindows(
  year: number,
  dues: readonly ReportPeriodDue[],
  mode: ReportWindowMode = 'since_previous',
): ReportPeriodWindow[] {
  const listed = dues.length > 0 ? dues : (quarterDues(year) as ReportPeriodDue[]);
  const windows = reportingWindows(year, listed);
  const periodOf = new Map(listed.map((d) => [d.period as string, d.period]));
  const yearStart = windows[0]?.start ?? `${year - 1}-12-15`;
  return windows.map((w) => {
    const period = periodOf.get(w.period) ?? 'Y';
    const span =
      mode === 'since_previous'
        ? { start: CUMULATIVE.has(period) ? yearStart : w.start, end: w.due }
        : (mode === 'calendar' ? calendarSpan : decree09Span)(year, period);
    return { code: reportPeriodCode(year, period), year, period, due: w.due, ...span };
  });
}

/**
 * The day a report's figures are read on: today while the window is open, its last day once it has closed, so a
 * report written late still speaks of its own period.
 */
export const reportAsOf = (window: Pick<ReportPeriodWindow, 'end'>, today: IsoDate): IsoDate =>
  today < window.end ? today : window.end;

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** The period as a report's subject names it: `quý I năm 2026`, `6 tháng đầu năm 2026`, `năm 2026`. */
export function reportPeriodName(year: number, period: ReportPeriod): string {
  if (period === 'Y') return `năm ${year}`;
  if (period === 'H1') return `6 tháng đầu năm ${year}`;
  return `quý ${ROMAN[Number(period[1]) - 1]} năm ${year}`;
}

/** The period after a report, for its "next period's tasks" section: after Q1 comes quý II, after the year the next. */
export function nextPeriodName(year: number, period: ReportPeriod): string {
  const next: Record<ReportPeriod, string> = {
    Q1: `quý II năm ${year}`,
    Q2: `quý III năm ${year}`,
    H1: `6 tháng cuối năm ${year}`,
    Q3: `quý IV năm ${year}`,
    Y: `năm ${year + 1}`,
  };
  return next[period];
}
