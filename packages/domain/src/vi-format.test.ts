import { describe, expect, it } from 'vitest';
import { formatMonthVi, formatNumberVi, formatPercentVi } from './vi-format.js';

describe('Vietnamese number and month format', () => {
  it('writes comma decimals with two places and a space before %', () => {
    expect(formatPercentVi(0.505)).toBe('50,50 %');
    expect(formatPercentVi(1)).toBe('100,00 %');
    expect(formatPercentVi(0)).toBe('0,00 %');
    expect(formatPercentVi(null)).toBe('N/A');
    expect(formatNumberVi(1234.5)).toBe('1.234,50');
    expect(formatNumberVi(-0.001)).toBe('0,00');
  });

  it('names a month "Tháng 3/2026"', () => {
    expect(formatMonthVi('2026-03')).toBe('Tháng 3/2026');
    expect(formatMonthVi('2026-12')).toBe('Tháng 12/2026');
  });
});
