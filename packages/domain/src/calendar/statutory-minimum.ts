import type { IsoDate } from '../clock.js';
import { dayOfIso, isoOfDay, isWeekend } from './dates.js';
import { defaultDaysOff, type HolidayRuleOptions, lawHolidays } from './holiday-rules.js';
import type { CalendarDayEntry } from './official-data.js';

// Labour Code 2019 Art. 112 is a floor under every year's calendar: official data may add days (swaps, a longer
// Tết) but can never drop a statutory one. An admin who forgets a day, or a notice read only in part (2026 shipped
// with Quốc khánh 02/09 alone), must still give the civil servants their holidays, so the floor is enforced here.

const MINIMUM_REASON = ' (tối thiểu theo Điều 112 Bộ luật Lao động 2019)';

/**
 * The days a year's official list lacks to meet the Labour Code minimum: each statutory holiday (or the alternative
 * the government may choose for it: mùng 5 Tết for the day before mùng 1, 03/09 for 01/09), then as many nghỉ bù
 * days as still owed, so the weekdays off minus the make-up days are never fewer than the statutory holidays.
 */
export function missingStatutoryDays(
  year: number,
  daysOff: readonly CalendarDayEntry[],
  workingDays: readonly CalendarDayEntry[],
  options: HolidayRuleOptions = {},
): CalendarDayEntry[] {
  const off = new Set(daysOff.map((d) => dayOfIso(d.date)));
  const added: CalendarDayEntry[] = [];
  const add = (day: number, reason: string) => {
    off.add(day);
    added.push({ date: isoOfDay(day), reason: `${reason}${MINIMUM_REASON}`, notice: null });
  };
  const holidays = lawHolidays(year, options);
  for (const holiday of holidays) {
    const kept = off.has(holiday.day) || (holiday.alternative !== undefined && off.has(holiday.alternative));
    if (!kept) add(holiday.day, holiday.reason);
  }
  const makeUp = new Set(workingDays.map((d) => dayOfIso(d.date)));
  const netWeekdaysOff = () => [...off].filter((day) => !isWeekend(day)).length - makeUp.size;
  // The computed nghỉ bù days are the natural place for what is still owed.
  const compensations = defaultDaysOff(year, options).filter((d) => d.reason.startsWith('Nghỉ bù'));
  for (const entry of compensations) {
    if (netWeekdaysOff() >= holidays.length) break;
    const day = dayOfIso(entry.date);
    if (!off.has(day) && !makeUp.has(day)) add(day, entry.reason);
  }
  // Still short (the data moved a Tết day onto a computed nghỉ bù): the next free weekday after a weekend holiday.
  for (const holiday of holidays.filter((h) => isWeekend(h.day))) {
    if (netWeekdaysOff() >= holidays.length) break;
    let day = holiday.day + 1;
    while (isWeekend(day) || off.has(day) || makeUp.has(day)) day++;
    add(day, `Nghỉ bù: ${holiday.reason} trùng ngày nghỉ`);
  }
  return added;
}

/** The statutory holiday dates of a year, for checks: the law's own date of each holiday (no nghỉ bù). */
export function statutoryHolidayDates(year: number, options: HolidayRuleOptions = {}): IsoDate[] {
  return lawHolidays(year, options).map((h) => isoOfDay(h.day));
}
