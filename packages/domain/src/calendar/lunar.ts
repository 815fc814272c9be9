import type { IsoDate } from '../clock.js';
import { dayOfIso, isoOfDay } from './dates.js';

// Hồ Ngọc Đức's Vietnamese lunar calendar (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html):
// new moons and solar terms from Jean Meeus' "Astronomical Algorithms", evaluated on Vietnam's meridian (UTC+7).
// Chinese packages compute at UTC+8 and disagree with Vietnam in some years (e.g. Tết 1985, 2007), so the
// algorithm is reimplemented here rather than borrowed.

/** A date of the Vietnamese lunar calendar (âm lịch). */
export interface LunarDate {
  /** 1–30. */
  day: number;
  /** 1–12; 1 is tháng Giêng, 12 tháng Chạp. */
  month: number;
  /** The lunar year, named by the solar year in which its first day falls. */
  year: number;
  /** True for the intercalary month (tháng nhuận) that repeats `month`. */
  leap: boolean;
}

const TIME_ZONE_HOURS = 7;
const JULIAN_DAY_OF_EPOCH = 2_440_588; // Julian day number of 1970-01-01
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_1900 = 2_415_021.076998695; // Julian day of the new moon of 1900-01-01
const RAD = Math.PI / 180;

/** Julian day (with fraction, UTC) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, shortened). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  let c = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m);
  c += -0.4068 * Math.sin(mpr) + 0.0161 * Math.sin(2 * mpr) - 0.0004 * Math.sin(3 * mpr);
  c += 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mpr) - 0.0074 * Math.sin(m - mpr);
  c += 0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mpr);
  c += 0.001 * Math.sin(2 * f - mpr) + 0.0005 * Math.sin(2 * mpr + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - deltaT;
}

/** Julian day number of the local (UTC+7) day holding the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** Sun's apparent longitude in radians, [0, 2π), at a Julian day (Meeus, ch. 25, low precision). */
function sunLongitude(jd: number): number {
  const t = (jd - 2_451_545.0) / 36_525;
  const t2 = t * t;
  const m = 357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36_000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(RAD * m);
  dl += (0.019993 - 0.000101 * t) * Math.sin(2 * RAD * m) + 0.00029 * Math.sin(3 * RAD * m);
  const l = (l0 + dl) * RAD;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Which of the 12 major solar terms (0–11, 30° each) the sun is in at the start of a local day. */
function solarTermAt(julianDayNumber: number): number {
  return Math.floor((sunLongitude(julianDayNumber - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI) * 6);
}

/** Start (Julian day number) of lunar month 11 of a solar year: the month holding the winter solstice. */
function month11Start(year: number): number {
  const off = dayOfIso(`${year}-12-31`) + JULIAN_DAY_OF_EPOCH - 2_415_021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // A month starting after the sun entered Capricorn (term 9) is already month 12; step back one.
  return solarTermAt(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** In a 13-month lunar year starting at month 11 `a11`, the index of the first month without a major term. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let term = solarTermAt(newMoonDay(k + i));
  let last: number;
  do {
    last = term;
    i++;
    term = solarTermAt(newMoonDay(k + i));
  } while (term !== last && i < 14);
  return i - 1;
}

/**
 * Julian day number of the last new moon day on or before a day. The mean-month estimate of k can be off by one
 * either way (the true new moon strays from the mean by up to ~14 h; 2054-05-07 is such a day), so it is corrected
 * both ways; the published algorithm only steps back once and returns day 0 there.
 */
function lastNewMoonDayOnOrBefore(jdn: number): number {
  let k = Math.floor((jdn - NEW_MOON_1900) / SYNODIC_MONTH);
  while (newMoonDay(k) > jdn) k--;
  while (newMoonDay(k + 1) <= jdn) k++;
  return newMoonDay(k);
}

/** Converts a solar (Gregorian) date to the Vietnamese lunar calendar. */
export function solarToLunar(date: IsoDate): LunarDate {
  const jdn = dayOfIso(date) + JULIAN_DAY_OF_EPOCH;
  const solarYear = Number(date.slice(0, 4));
  const monthStart = lastNewMoonDayOnOrBefore(jdn);
  let a11 = month11Start(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = month11Start(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = month11Start(solarYear + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day: jdn - monthStart + 1, month, year, leap };
}

/** Julian day number of the first day of a lunar month, or null when `leap` names a month that is not leap. */
function lunarMonthStart(month: number, year: number, leap: boolean): number | null {
  const a11 = month < 11 ? month11Start(year - 1) : month11Start(year);
  const b11 = month < 11 ? month11Start(year) : month11Start(year + 1);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  return newMoonDay(k + off);
}

/**
 * Converts a Vietnamese lunar date to the solar (Gregorian) calendar.
 * Throws a RangeError for a date that does not exist: a leap flag on a month that is not leap that year,
 * or day 30 of a 29-day month.
 */
export function lunarToSolar(lunar: LunarDate): IsoDate {
  const { day, month, year, leap } = lunar;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year) || month < 1 || month > 12) {
    throw new RangeError(`Not a lunar date: ${JSON.stringify(lunar)}`);
  }
  const start = lunarMonthStart(month, year, leap);
  if (start === null) throw new RangeError(`Lunar month ${month} of ${year} is not a leap month`);
  const jdn = start + day - 1;
  const length = newMoonDay(Math.floor((start - NEW_MOON_1900) / SYNODIC_MONTH + 0.5) + 1) - start;
  if (day < 1 || day > length) throw new RangeError(`Lunar month ${month}/${year} has ${length} days, not ${day}`);
  return isoOfDay(jdn - JULIAN_DAY_OF_EPOCH);
}
