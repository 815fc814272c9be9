import { describe, expect, it } from 'vitest';
import { isInPeriod, periodOf } from './period.js';

describe('periodOf', () => {
  it('reads months, quarters and years as calendar spans', () => {
    expect(periodOf('2026-03')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(periodOf('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodOf('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodOf('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodOf('2026-q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('refuses other text', () => {
    for (const name of ['2026-13', '2026-Q5', '26', '2026-3', 'March 2026', '']) {
      expect(() => periodOf(name), name).toThrow(RangeError);
    }
  });

  it('includes both ends', () => {
    const march = periodOf('2026-03');
    expect(isInPeriod('2026-03-01', march)).toBe(true);
    expect(isInPeriod('2026-03-31', march)).toBe(true);
    expect(isInPeriod('2026-04-01', march)).toBe(false);
  });
});
