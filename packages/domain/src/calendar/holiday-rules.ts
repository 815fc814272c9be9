import { dayFromCivil, dayOfIso, isoOfDay, isWeekend } from './dates.js';
import { lunarToSolar } from './lunar.js';
import type { CalendarDayEntry } from './official-data.js';

/** Switches for holidays that are not (yet) law. */
export interface HolidayRuleOptions {
  /**
   * The proposed Ngày Văn hóa Việt Nam holiday on 24/11. Not in the Labour Code yet, so off by default;
   * turned on, it behaves as any other holiday (with nghỉ bù on a weekend).
   */
  cultureDay24Nov?: boolean;
}

/** A holiday of Art. 112 on its own date, before any nghỉ bù. */
export interface Holiday {
  day: number;
  reason: string;
  /**
   * The date the government may choose otherwise: the Tết day before mùng 1 (or mùng 5 instead) and the day next
   * to Quốc khánh (01/09 or 03/09). Absent for the dates the law fixes itself.
   */
  alternative?: number;
}

function solarHoliday(year: number, month: number, day: number, reason: string): Holiday {
  return { day: dayFromCivil(year, month, day), reason };
}

/** Holidays of Labour Code 2019 Art. 112 in a solar year, before any nghỉ bù. */
export function lawHolidays(year: number, options: HolidayRuleOptions = {}): Holiday[] {
  const tet = dayOfIso(lunarToSolar({ day: 1, month: 1, year, leap: false }));
  const gioTo = dayOfIso(lunarToSolar({ day: 10, month: 3, year, leap: false }));
  const holidays: Holiday[] = [
    solarHoliday(year, 1, 1, 'Tết Dương lịch'),
    // The law leaves the five Tết days to the government; the usual choice is the last day of the old year + 1–4.
    { day: tet - 1, reason: 'Tết Nguyên đán (ngày cuối năm âm lịch)', alternative: tet + 4 },
    ...[1, 2, 3, 4].map((n) => ({ day: tet + n - 1, reason: `Tết Nguyên đán (mùng ${n})` })),
    { day: gioTo, reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    solarHoliday(year, 4, 30, 'Ngày Chiến thắng (30/4)'),
    solarHoliday(year, 5, 1, 'Ngày Quốc tế Lao động (1/5)'),
    // Art. 112 lets the government pick 1/9 or 3/9 as the day next to Quốc khánh; 1/9 is the usual choice.
    { ...solarHoliday(year, 9, 1, 'Quốc khánh (ngày liền kề)'), alternative: dayFromCivil(year, 9, 3) },
    solarHoliday(year, 9, 2, 'Quốc khánh (2/9)'),
  ];
  if (options.cultureDay24Nov) holidays.push(solarHoliday(year, 11, 24, 'Ngày Văn hóa Việt Nam (24/11)'));
  return holidays.sort((a, b) => a.day - b.day);
}

/**
 * The days off a year gets from the Labour Code alone (Art. 112 holidays, Art. 111(3) nghỉ bù), used for a year
 * without official data. Weekend holidays are listed too, each followed by its nghỉ bù on the next free weekday.
 */
export function defaultDaysOff(year: number, options: HolidayRuleOptions = {}): CalendarDayEntry[] {
  const taken = new Map<number, string>();
  const compensations: Holiday[] = [];
  for (const holiday of lawHolidays(year, options)) {
    // A holiday landing on a weekend or on another holiday is owed a day: the next weekday not already off.
    const owed = isWeekend(holiday.day) || taken.has(holiday.day);
    if (!taken.has(holiday.day)) taken.set(holiday.day, holiday.reason);
    if (owed) compensations.push(holiday);
  }
  for (const holiday of compensations) {
    let day = holiday.day + 1;
    while (isWeekend(day) || taken.has(day)) day++;
    taken.set(day, `Nghỉ bù: ${holiday.reason} trùng ngày nghỉ`);
  }
  return [...taken.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, reason]) => ({ date: isoOfDay(day), reason, notice: null }));
}
