import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDay, dayFromCivil, dayOfIso, isIsoDate, isoOfDay, weekdayOfDay } from './dates.js';

describe('day numbers', () => {
  it('agree with Date.UTC on every day from 1800 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(1800, 1, 1), max: dayFromCivil(2400, 12, 31) }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(civilFromDay(day)).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
        expect(weekdayOfDay(day)).toBe(date.getUTCDay());
        expect(dayOfIso(isoOfDay(day))).toBe(day);
      }),
      { numRuns: 3000 },
    );
  });

  it('keep the last day of a 400-year era (29/02/2000)', () => {
    expect(isoOfDay(dayOfIso('2000-02-29'))).toBe('2000-02-29');
    expect(dayOfIso('2000-03-01') - dayOfIso('2000-02-28')).toBe(2);
  });

  it('accept only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-28')).toBe(false);
    expect(() => dayOfIso('28/02/2026')).toThrow(RangeError);
  });
});
