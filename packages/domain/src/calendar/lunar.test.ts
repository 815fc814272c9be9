import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil, isoOfDay } from './dates.js';
import { lunarToSolar, solarToLunar } from './lunar.js';

// docs/DOMAIN.md §2: Tết (mùng 1 tháng Giêng) and Giỗ Tổ (10/3 lunar), 2020–2026 as observed, later years computed.
const REFERENCE: readonly (readonly [year: number, tet: string, gioTo: string])[] = [
  [2020, '2020-01-25', '2020-04-02'],
  [2021, '2021-02-12', '2021-04-21'],
  [2022, '2022-02-01', '2022-04-10'],
  [2023, '2023-01-22', '2023-04-29'],
  [2024, '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16'],
  [2028, '2028-01-26', '2028-04-04'],
  [2029, '2029-02-13', '2029-04-23'],
  [2030, '2030-02-02', '2030-04-12'],
  [2031, '2031-01-23', '2031-04-01'],
  [2032, '2032-02-11', '2032-04-19'],
  [2033, '2033-01-31', '2033-04-09'],
  [2034, '2034-02-19', '2034-04-28'],
  [2035, '2035-02-08', '2035-04-17'],
];

describe('lunarToSolar', () => {
  it.each(REFERENCE)('finds Tết and Giỗ Tổ of %i', (year, tet, gioTo) => {
    expect(lunarToSolar({ day: 1, month: 1, year, leap: false })).toBe(tet);
    expect(lunarToSolar({ day: 10, month: 3, year, leap: false })).toBe(gioTo);
  });

  it('uses Vietnam’s meridian, not China’s: Tết 1985 on 21/01 and Tết 2007 on 17/02', () => {
    expect(lunarToSolar({ day: 1, month: 1, year: 1985, leap: false })).toBe('1985-01-21');
    expect(lunarToSolar({ day: 1, month: 1, year: 2007, leap: false })).toBe('2007-02-17');
  });

  it('places the leap month: 2023 repeats month 2, 2025 month 6', () => {
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toBe('2025-07-25');
  });

  it('refuses dates that do not exist', () => {
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2023, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 1, month: 5, year: 2026, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 1, month: 13, year: 2026, leap: false })).toThrow(RangeError);
  });
});

describe('solarToLunar', () => {
  it('names the last day of the lunar year Ất Tỵ (29 tháng Chạp) and Tết Bính Ngọ', () => {
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(solarToLunar('2026-02-17')).toEqual({ day: 1, month: 1, year: 2026, leap: false });
  });

  it('flags days of a leap month', () => {
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(solarToLunar('2023-04-20')).toEqual({ day: 1, month: 3, year: 2023, leap: false });
  });

  it('round-trips every solar date of 1990–2050', () => {
    const first = dayFromCivil(1990, 1, 1);
    const last = dayFromCivil(2050, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const date = isoOfDay(day);
        expect(lunarToSolar(solarToLunar(date))).toBe(date);
      }),
      { numRuns: 5000 },
    );
  });

  it('moves one lunar day per solar day and months in order, every day of 1990–2060', () => {
    // Exhaustive rather than sampled: a sampled run once missed 2054-05-07, where a one-sided new-moon search
    // returned "day 0".
    let previous = solarToLunar('1989-12-31');
    for (let day = dayFromCivil(1990, 1, 1); day <= dayFromCivil(2060, 12, 31); day++) {
      const today = solarToLunar(isoOfDay(day));
      if (today.day !== 1) expect(today).toEqual({ ...previous, day: previous.day + 1 });
      else expect([29, 30]).toContain(previous.day);
      previous = today;
    }
  });

  it('handles 29/02/2000 and the new moon of 2054-05-07', () => {
    expect(solarToLunar('2000-02-29')).toEqual({ day: 25, month: 1, year: 2000, leap: false });
    expect(solarToLunar('2054-05-07').day).not.toBe(0);
  });
});
