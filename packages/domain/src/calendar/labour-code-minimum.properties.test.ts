import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfIso, isoOfDay, isWeekend } from './dates.js';
import { defaultDaysOff, lawHolidays } from './holiday-rules.js';
import type { OfficialYearCalendar } from './official-data.js';
import { OFFICIAL_CALENDARS } from './official-years.js';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.js';

// Labour Code 2019 Art. 112 holds in every year, with or without official data (docs/DOMAIN.md §2): 1/1, five
// Tết days, Giỗ Tổ, 30/4, 1/5, 2/9 and one adjacent day (01/09 or 03/09), each on a weekend giving a weekday.

const YEARS = Array.from({ length: 31 }, (_, i) => 2020 + i);

function assertMinimum(calendar: WorkingCalendar, year: number): void {
  const off = (day: number) => !calendar.isWorkingDay(isoOfDay(day));
  for (const holiday of lawHolidays(year)) {
    const kept = off(holiday.day) || (holiday.alternative !== undefined && off(holiday.alternative));
    expect(kept, `${year}: ${holiday.reason} ${isoOfDay(holiday.day)}`).toBe(true);
  }
  const tet = lawHolidays(year).filter((h) => h.reason.startsWith('Tết Nguyên đán'));
  expect(tet).toHaveLength(5);
  expect(off(dayOfIso(`${year}-09-02`)) && (off(dayOfIso(`${year}-09-01`)) || off(dayOfIso(`${year}-09-03`)))).toBe(
    true,
  );
  // Nghỉ bù: the weekdays off, less the make-up days worked, are never fewer than the statutory holidays.
  const net = calendar.listNonWorkingWeekdays(year).length - calendar.listMakeUpWorkingDays(year).length;
  expect(net, `${year}: net weekdays off`).toBeGreaterThanOrEqual(lawHolidays(year).length);
}

/** A year's "official" data that forgets some of the computed days, as an admin or a partial notice might. */
function partialData(year: number, keep: readonly boolean[]): OfficialYearCalendar {
  const days = defaultDaysOff(year).filter((_, i) => keep[i % keep.length]);
  return { year, replacesDefaults: true, daysOff: days, workingDays: [] };
}

describe('the Labour Code minimum, every year 2020–2050', () => {
  it.each(YEARS)('holds in %i without official data', (year) => {
    assertMinimum(createWorkingCalendar({ years: [] }), year);
  });

  it('holds under the shipped official data of 2024–2026', () => {
    const calendar = createWorkingCalendar({ years: OFFICIAL_CALENDARS });
    for (const year of [2024, 2025, 2026]) assertMinimum(calendar, year);
  });

  it('holds under official data that drops any statutory day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...YEARS), fc.array(fc.boolean(), { minLength: 1, maxLength: 14 }), (year, keep) => {
        assertMinimum(createWorkingCalendar({ years: [partialData(year, keep)] }), year);
      }),
      { numRuns: 200 },
    );
  });

  it('never turns a weekend day into a nghỉ bù', () => {
    const calendar = createWorkingCalendar({ years: [partialData(2026, [false])] });
    const added = calendar.daysOff(2026).filter((d) => d.source === 'labour_code' && d.reason.startsWith('Nghỉ bù'));
    expect(added.every((d) => !isWeekend(dayOfIso(d.date)))).toBe(true);
  });
});
