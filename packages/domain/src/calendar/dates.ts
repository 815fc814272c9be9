import { type IsoDate, VIETNAM_OFFSET_MINUTES } from '../clock.js';

// Calendar arithmetic on "day numbers" (days since 1970-01-01) and "local milliseconds" (milliseconds since
// 1970-01-01 00:00 Vietnam time). Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed shift
// converts exactly and every local day is 24 hours long.

/** Milliseconds in a minute. */
export const MS_PER_MINUTE = 60_000;
/** Milliseconds in a Vietnam local day: always 24 h, there is no daylight saving. */
export const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VIETNAM_OFFSET_MINUTES * MS_PER_MINUTE;

/** Day of the week with Sunday = 0, as `Date.prototype.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The `[year, month, day]` of a day number (the inverse of {@link dayFromCivil}). */
export function civilFromDay(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Whether a string is a real `YYYY-MM-DD` calendar date (rejects 2026-02-30). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [y, m, d] = civilFromDay(dayFromCivil(year, month, day));
  return y === year && m === month && d === day;
}

/** Day number of an ISO date; throws a RangeError on anything but a real `YYYY-MM-DD` date. */
export function dayOfIso(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return dayFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** `YYYY-MM-DD` of a calendar date; the caller checks it exists. */
export function isoOfCivil(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO date of a day number. */
export function isoOfDay(dayNumber: number): IsoDate {
  return isoOfCivil(...civilFromDay(dayNumber));
}

/** Weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayNumber: number): Weekday {
  return ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
}

/** Saturday or Sunday: the weekly rest days of public offices (QĐ 188/1999/QĐ-TTg). */
export function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOfDay(dayNumber);
  return weekday === 0 || weekday === 6;
}

/** Gregorian year of a day number, without building a Date. */
export function yearOfDay(dayNumber: number): number {
  return civilFromDay(dayNumber)[0];
}

/** Vietnam local milliseconds of an instant; throws a RangeError on an invalid Date. */
export function localMsOf(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms + OFFSET_MS;
}

/** The instant of a Vietnam local millisecond count. */
export function instantOfLocalMs(localMs: number): Date {
  return new Date(localMs - OFFSET_MS);
}
