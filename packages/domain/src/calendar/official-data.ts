import type { IsoDate } from '../clock.js';
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

/** Lists what is wrong with a year's data, in plain sentences; an empty list means it can be used. */
export function checkOfficialYear(data: OfficialYearCalendar): string[] {
  const problems: string[] = [];
  const seen = new Map<IsoDate, string>();
  const entries = [
    ...data.daysOff.map((entry) => ({ entry, list: 'daysOff' })),
    ...data.workingDays.map((entry) => ({ entry, list: 'workingDays' })),
  ];
  for (const { entry, list } of entries) {
    if (!isIsoDate(entry.date)) {
      problems.push(`${list}: "${entry.date}" is not a YYYY-MM-DD date`);
      continue;
    }
    if (Number(entry.date.slice(0, 4)) !== data.year) problems.push(`${list}: ${entry.date} is not in ${data.year}`);
    if (entry.reason.trim() === '') problems.push(`${list}: ${entry.date} has no reason`);
    const previous = seen.get(entry.date);
    if (previous !== undefined) problems.push(`${entry.date} is listed twice (${previous} and ${list})`);
    seen.set(entry.date, list);
  }
  for (const { date } of data.workingDays) {
    if (isIsoDate(date) && !isWeekend(dayOfIso(date))) {
      problems.push(`workingDays: ${date} is a weekday, already a working day`);
    }
  }
  return problems;
}
