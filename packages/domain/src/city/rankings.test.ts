import { describe, expect, it } from 'vitest';
import {
  lastFullMonth,
  type MeasureValue,
  monthsOfYear,
  movementOf,
  previousPeriodName,
  rankInBlocks,
} from './rankings.js';

const row = (code: string, block: 'ward' | 'commune', value: number | null): MeasureValue => ({
  code,
  block,
  value,
  reason: value === null ? 'too_few_dossiers' : null,
});

describe('rankInBlocks', () => {
  it('ranks each block on its own, higher first, ties sharing the best rank and the next one skipping', () => {
    const ranked = rankInBlocks([
      row('a', 'ward', 80),
      row('b', 'ward', 92.5),
      row('c', 'commune', 60),
      row('d', 'ward', 80),
      row('e', 'ward', 70),
      row('f', 'commune', 75),
      row('g', 'ward', null),
    ]);
    expect(Object.fromEntries(ranked.map((r) => [r.code, r.rank]))).toEqual({
      a: 2,
      b: 1,
      c: 2,
      d: 2,
      e: 4,
      f: 1,
      g: null,
    });
  });

  it('treats values equal at 2 decimals as a tie', () => {
    const ranked = rankInBlocks([row('a', 'ward', 80.001), row('b', 'ward', 80.004), row('c', 'ward', 80.006)]);
    expect(ranked.map((r) => r.rank)).toEqual([2, 2, 1]);
  });
});

describe('movement and periods', () => {
  it('counts places gained as positive', () => {
    expect(movementOf(3, 5)).toBe(2);
    expect(movementOf(5, 3)).toBe(-2);
    expect(movementOf(null, 3)).toBeNull();
    expect(movementOf(1, null)).toBeNull();
  });

  it('takes the last full month on the Vietnam day, not the UTC one', () => {
    // 31/12/2026 17:30 UTC is 01/01/2027 00:30 in Vietnam: December is then full.
    expect(lastFullMonth(new Date('2026-12-31T17:30:00Z'))).toBe('2026-12');
    expect(lastFullMonth(new Date('2026-12-31T16:30:00Z'))).toBe('2026-11');
    expect(lastFullMonth(new Date('2026-01-15T03:00:00Z'))).toBe('2025-12');
  });

  it('names the previous month, quarter and year', () => {
    expect(previousPeriodName('2026-03')).toBe('2026-02');
    expect(previousPeriodName('2026-01')).toBe('2025-12');
    expect(previousPeriodName('2026-Q1')).toBe('2025-Q4');
    expect(previousPeriodName('2026-Q3')).toBe('2026-Q2');
    expect(previousPeriodName('2026')).toBe('2025');
    expect(() => previousPeriodName('2026-13')).toThrow(RangeError);
    expect(monthsOfYear(2026)).toHaveLength(12);
  });
});
