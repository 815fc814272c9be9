import type { IsoDate } from '../clock.js';
import { type Problem, problem } from '../problem.js';
import { dayOfIso, isIsoDate, isWeekend } from './dates.js';

/** The official text a day comes from. The number stays null until someone has read it on the notice itself. */
export interface CalendarNotice {
  /** e.g. "1234/TB-BNV"; null when not known. */
  number: string | null;
  title: string;
}

/** One day of a year's calendar data with the reason and the notice it comes from (null for computed rules). */
export interface CalendarDayEntry {
  date: IsoDate;
  reason: string;
  notice: CalendarNotice | null;
}

/**
 * The official calendar of one year, national data kept once for the city and edited by an admin.
 * `daysOff` are days without work (holidays, swapped days, weekends inside a holiday break may be listed too);
 * `workingDays` are make-up working days on a weekend (ngày làm bù).
 */
export interface OfficialYearCalendar {
  year: number;
  daysOff: readonly CalendarDayEntry[];
  workingDays: readonly CalendarDayEntry[];
  /**
   * True when this data is the year's whole holiday list and the Labour Code defaults are dropped; false when it
   * only adds to them (e.g. a make-up Saturday known before the rest of the year is announced).
   */
  replacesDefaults: boolean;
}

/** What can be wrong with a year's data; `list` names the list an entry is in (`daysOff` or `workingDays`). */
export type OfficialYearProblemCode =
  | 'calendar_date_malformed' // {list, date}
  | 'calendar_date_outside_year' // {list, date, year}
  | 'calendar_reason_missing' // {list, date}
  | 'calendar_date_twice' // {date, first, second}: the lists it is in
  | 'calendar_make_up_weekday'; // {date}: a make-up day that is already a working day

/** Lists what is wrong with a year's data, as reasons with their values; an empty list means it can be used. */
export function checkOfficialYear(data: OfficialYearCalendar): Problem<OfficialYearProblemCode>[] {
  const problems: Problem<OfficialYearProblemCode>[] = [];
  const seen = new Map<IsoDate, string>();
  const entries = [
    ...data.daysOff.map((entry) => ({ entry, list: 'daysOff' })),
    ...data.workingDays.map((entry) => ({ entry, list: 'workingDays' })),
  ];
  for (const { entry, list } of entries) {
    const { date } = entry;
    if (!isIsoDate(date)) {
      problems.push(problem('calendar_date_malformed', { list, date }));
      continue;
    }
    if (Number(date.slice(0, 4)) !== data.year) {
      problems.push(problem('calendar_date_outside_year', { list, date, year: data.year }));
    }
    if (entry.reason.trim() === '') problems.push(problem('calendar_reason_missing', { list, date }));
    const previous = seen.get(date);
    if (previous !== undefined) problems.push(problem('calendar_date_twice', { date, first: previous, second: list }));
    seen.set(date, list);
  }
  for (const { date } of data.workingDays) {
    if (isIsoDate(date) && !isWeekend(dayOfIso(date))) problems.push(problem('calendar_make_up_weekday', { date }));
  }
  return problems;
}
