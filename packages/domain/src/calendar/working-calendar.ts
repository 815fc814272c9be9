import type { IsoDate } from '../clock.js';
import {
  dayOfIso,
  instantOfLocalMs,
  isoOfDay,
  isWeekend,
  localMsOf,
  MS_PER_DAY,
  MS_PER_MINUTE,
  weekdayOfDay,
} from './dates.js';
import { type CalendarDay, createDayTable } from './day-table.js';
import type { HolidayRuleOptions } from './holiday-rules.js';
import { compileOfficeHours, DEFAULT_OFFICE_HOURS, type MsRange, type OfficeHours } from './office-hours.js';
import type { OfficialYearCalendar } from './official-data.js';
import { CALENDAR_RULES_REVISION, contentHash } from './version.js';
import { createWorkClock } from './work-clock.js';

/**
 * How a result landing exactly on a period's end is written: `'next_opening'` (Mon 07:00 + 1 day = Tue 07:00, the
 * time of day kept) or `'closing_time'` (Mon 15:00 + 2 h = Mon 17:00, for limits in hours).
 */
export type BoundaryRule = 'next_opening' | 'closing_time';

/** What a working calendar is built from. */
export interface WorkingCalendarInput {
  /** Official data per year (national, kept once for the city); a year without data uses the Labour Code rules. */
  years: readonly OfficialYearCalendar[];
  /** The ward's office hours; {@link DEFAULT_OFFICE_HOURS} when left out. */
  officeHours?: OfficeHours;
  /** Switches for the computed holidays of years without official data. */
  holidayRules?: HolidayRuleOptions;
}

/**
 * A ward's working calendar. Instants are `Date`s (UTC instants) and dates are `YYYY-MM-DD` strings of Vietnam's
 * calendar; all arithmetic runs on Vietnam local time (UTC+7, no daylight saving).
 */
export interface WorkingCalendar {
  readonly officeHours: OfficeHours;
  /** Working minutes in one working day: 480 with the default hours, so 8 h = 1 day. */
  readonly minutesPerDay: number;
  /** Changes exactly when something that can move a deadline changes (not when a reason or notice title does). */
  readonly version: string;
  /** Like `version`, restricted to one year's days off and working days. */
  yearVersion(year: number): string;
  isWorkingDay(date: IsoDate): boolean;
  /** Whether an instant falls inside a working period of a working day. */
  isWithinOfficeHours(at: Date): boolean;
  /** Whether the counter receives dossiers at that instant: office hours, or the Saturday counter on a Saturday. */
  isCounterOpen(at: Date): boolean;
  /** The instant itself when inside office hours, else the next opening (where a time limit starts to run). */
  nextOpening(at: Date): Date;
  /** Adds (or, with n < 0, subtracts) working days keeping the time of day, counted from `nextOpening(from)`. */
  addWorkingDays(from: Date, days: number): Date;
  /**
   * Adds working hours counted inside office hours; may be negative. A positive amount that runs out exactly at a
   * closing time (11:30, 17:00) ends then: 15:00 + 2 h = 17:00 the same day.
   */
  addWorkingHours(from: Date, hours: number): Date;
  /**
   * Adds working minutes counted inside office hours; may be negative. By default a result on a closing time is
   * written as the next opening (the convention of limits in days); `'closing_time'` keeps the closing time.
   */
  addWorkingMinutes(from: Date, minutes: number, atBoundary?: BoundaryRule): Date;
  /** Working minutes from one instant to another (negative when `to` comes first). */
  workingMinutesBetween(from: Date, to: Date): number;
  /** Every day off of a year (weekend holidays included), sorted. */
  daysOff(year: number): CalendarDay[];
  /** The days off of a year that fall Monday to Friday: the holidays a user notices. */
  listNonWorkingWeekdays(year: number): CalendarDay[];
  /** The make-up working days (ngày làm bù) of a year, usually Saturdays. */
  listMakeUpWorkingDays(year: number): CalendarDay[];
  /** The n-th working day after a date (before it when n < 0); n = 0 gives the date or the next working day. */
  shiftWorkingDays(date: IsoDate, n: number): IsoDate;
  /** The last working day strictly before a date, e.g. for a reminder before a report's due date. */
  lastWorkingDayBefore(date: IsoDate): IsoDate;
  /** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
  countWorkingDays(from: IsoDate, to: IsoDate): number;
}

function isInside(ranges: readonly MsRange[], timeOfDay: number): boolean {
  return ranges.some(({ start, end }) => timeOfDay >= start && timeOfDay < end);
}

function versionText(input: WorkingCalendarInput, hours: OfficeHours): string {
  const years = [...input.years]
    .sort((a, b) => a.year - b.year)
    .map((data) => ({
      year: data.year,
      replacesDefaults: data.replacesDefaults,
      off: data.daysOff.map((day) => day.date).sort(),
      working: data.workingDays.map((day) => day.date).sort(),
    }));
  // The Saturday counter only receives dossiers and moves no deadline, so it stays out of the version.
  const holidayRules = { cultureDay24Nov: input.holidayRules?.cultureDay24Nov ?? false };
  return JSON.stringify({ rules: CALENDAR_RULES_REVISION, periods: hours.periods, holidayRules, years });
}

/** Builds a working calendar; throws a RangeError on malformed office hours or inconsistent official data. */
export function createWorkingCalendar(input: WorkingCalendarInput): WorkingCalendar {
  const officeHours = input.officeHours ?? DEFAULT_OFFICE_HOURS;
  const hours = compileOfficeHours(officeHours);
  const table = createDayTable(input.years, input.holidayRules ?? {});
  const clock = createWorkClock(table.isWorkingDay, hours);
  const move = (from: Date, ms: number, atBoundary: BoundaryRule = 'next_opening'): Date => {
    // Whole milliseconds, as a Date holds: minutes × 60 000 of a fractional minute count can fall a hair short of a
    // period's end, and the sum with the day's moment then rounds onto 11:30 instead of taking the next opening.
    const cursor = clock.advance(clock.cursorAt(localMsOf(from)), Math.round(ms));
    const closing = atBoundary === 'closing_time' && ms > 0;
    return instantOfLocalMs(closing ? clock.closingLocalMsAt(cursor) : clock.localMsAt(cursor));
  };
  const dayAndTime = (at: Date): [number, number] => {
    const local = localMsOf(at);
    const day = Math.floor(local / MS_PER_DAY);
    return [day, local - day * MS_PER_DAY];
  };
  // Copies, so a caller editing a listed day cannot change the calendar's cached year.
  const copies = (days: readonly CalendarDay[]) => days.map((day) => ({ ...day }));
  const weekdaysOnly = (days: readonly CalendarDay[]) => copies(days.filter((d) => !isWeekend(dayOfIso(d.date))));

  return {
    officeHours,
    minutesPerDay: hours.dayMs / MS_PER_MINUTE,
    version: contentHash(versionText(input, officeHours)),
    yearVersion: (year) => {
      const { off, working } = table.yearDays(year);
      const dates = { off: off.map((d) => d.date), working: working.map((d) => d.date) };
      return contentHash(JSON.stringify({ rules: CALENDAR_RULES_REVISION, periods: officeHours.periods, dates }));
    },
    isWorkingDay: (date) => table.isWorkingDay(dayOfIso(date)),
    isWithinOfficeHours: (at) => {
      const [day, time] = dayAndTime(at);
      return table.isWorkingDay(day) && isInside(hours.periods, time);
    },
    isCounterOpen: (at) => {
      const [day, time] = dayAndTime(at);
      if (table.isWorkingDay(day)) return isInside(hours.periods, time);
      // A Saturday inside a holiday break keeps the counter closed.
      return weekdayOfDay(day) === 6 && !table.isListedOff(day) && isInside(hours.saturdayCounter, time);
    },
    nextOpening: (at) => instantOfLocalMs(clock.localMsAt(clock.cursorAt(localMsOf(at)))),
    addWorkingDays: (from, days) => move(from, days * hours.dayMs),
    addWorkingHours: (from, h) => move(from, h * 60 * MS_PER_MINUTE, 'closing_time'),
    addWorkingMinutes: (from, minutes, atBoundary) => move(from, minutes * MS_PER_MINUTE, atBoundary),
    workingMinutesBetween: (from, to) =>
      clock.distance(clock.cursorAt(localMsOf(from)), clock.cursorAt(localMsOf(to))) / MS_PER_MINUTE,
    daysOff: (year) => copies(table.yearDays(year).off),
    listNonWorkingWeekdays: (year) => weekdaysOnly(table.yearDays(year).off),
    listMakeUpWorkingDays: (year) => copies(table.yearDays(year).working),
    shiftWorkingDays: (date, n) => {
      const day = dayOfIso(date);
      const start = n === 0 && !table.isWorkingDay(day) ? clock.shiftWorkingDays(day, 1) : day;
      return isoOfDay(clock.shiftWorkingDays(start, n));
    },
    lastWorkingDayBefore: (date) => isoOfDay(clock.shiftWorkingDays(dayOfIso(date), -1)),
    countWorkingDays: (from, to) => clock.countWorkingDays(dayOfIso(from), dayOfIso(to) + 1),
  };
}
