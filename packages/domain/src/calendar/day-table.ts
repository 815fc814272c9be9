import { dayFromCivil, dayOfIso, isWeekend, yearOfDay } from './dates.js';
import { defaultDaysOff, type HolidayRuleOptions } from './holiday-rules.js';
import { type CalendarDayEntry, checkOfficialYear, type OfficialYearCalendar } from './official-data.js';
import { missingStatutoryDays } from './statutory-minimum.js';

/** Where a day's status comes from: an official notice, or the Labour Code rules for a year without one. */
export type CalendarDaySource = 'official' | 'labour_code';

/** A day off or a make-up working day, with its reason and origin. */
export interface CalendarDay extends CalendarDayEntry {
  source: CalendarDaySource;
}

interface YearDays {
  off: CalendarDay[];
  working: CalendarDay[];
}

/** Which days are worked, year by year, built lazily from official data and the Labour Code defaults. */
export interface DayTable {
  isWorkingDay(dayNumber: number): boolean;
  /** Whether the day is listed as a day off (a holiday or a swapped day, possibly on a weekend). */
  isListedOff(dayNumber: number): boolean;
  /** Days off and make-up working days of a year, each sorted by date. */
  yearDays(year: number): Readonly<YearDays>;
}

function validateYears(years: readonly OfficialYearCalendar[]): Map<number, OfficialYearCalendar> {
  const byYear = new Map<number, OfficialYearCalendar>();
  for (const data of years) {
    // A developer's error (bad built-in or stored data): the reasons as data, not sentences.
    const problems = checkOfficialYear(data).map((p) => `${p.code} ${JSON.stringify(p.values)}`);
    if (byYear.has(data.year)) problems.push(`year ${data.year} is given twice`);
    if (problems.length > 0) throw new RangeError(`Calendar data for ${data.year}: ${problems.join('; ')}`);
    byYear.set(data.year, data);
  }
  return byYear;
}

function tagged(entries: readonly CalendarDayEntry[], source: CalendarDaySource): CalendarDay[] {
  return entries.map((entry) => ({ ...entry, source }));
}

function byDate(a: CalendarDay, b: CalendarDay): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * Official data over the defaults: an official entry wins over a default on the same date. A year whose data
 * replaces the defaults still gets every statutory day it lacks (Labour Code 2019 Art. 112 is a floor).
 */
function mergeYear(official: OfficialYearCalendar | undefined, defaults: () => CalendarDayEntry[]): YearDays {
  const officialOff = tagged(official?.daysOff ?? [], 'official');
  const working = tagged(official?.workingDays ?? [], 'official');
  if (official?.replacesDefaults) {
    // The floor is the Labour Code alone: the 24/11 switch, not law yet, stays with the years without a full list.
    const floor = missingStatutoryDays(official.year, official.daysOff, official.workingDays);
    return { off: [...officialOff, ...tagged(floor, 'labour_code')].sort(byDate), working: working.sort(byDate) };
  }
  const officialDates = new Set([...officialOff, ...working].map((day) => day.date));
  const kept = tagged(defaults(), 'labour_code').filter((day) => !officialDates.has(day.date));
  return { off: [...officialOff, ...kept].sort(byDate), working: working.sort(byDate) };
}

/**
 * Builds the day table; throws a RangeError listing the problems when the official data is inconsistent
 * (see `checkOfficialYear`) or names a year twice.
 */
export function createDayTable(years: readonly OfficialYearCalendar[], options: HolidayRuleOptions): DayTable {
  const official = validateYears(years);
  const cache = new Map<number, YearDays>();
  // One flat map of exceptions to the Monday–Friday week, filled a year at a time: the hot path of every deadline.
  const exceptions = new Map<number, boolean>();

  function yearDays(year: number): YearDays {
    let days = cache.get(year);
    if (days === undefined) {
      days = mergeYear(official.get(year), () => defaultDaysOff(year, options));
      for (const day of days.off) exceptions.set(dayOfIso(day.date), false);
      for (const day of days.working) exceptions.set(dayOfIso(day.date), true);
      cache.set(year, days);
    }
    return days;
  }

  // Day range of the year loaded last: deadline loops walk consecutive days, so this spares a day-number-to-year
  // conversion on nearly every call.
  let knownFirst = 0;
  let knownLast = -1;

  function exceptionOf(dayNumber: number): boolean | undefined {
    if (dayNumber < knownFirst || dayNumber > knownLast) {
      const year = yearOfDay(dayNumber);
      yearDays(year);
      knownFirst = dayFromCivil(year, 1, 1);
      knownLast = dayFromCivil(year, 12, 31);
    }
    return exceptions.get(dayNumber);
  }

  return {
    isWorkingDay: (dayNumber) => exceptionOf(dayNumber) ?? !isWeekend(dayNumber),
    isListedOff: (dayNumber) => exceptionOf(dayNumber) === false,
    yearDays,
  };
}
