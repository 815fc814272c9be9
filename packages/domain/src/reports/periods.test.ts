import { describe, expect, it } from 'vitest';
import {
  calendarSpan,
  nextPeriodName,
  parseReportPeriodCode,
  reportAsOf,
  reportPeriodCode,
  reportPeriodName,
  reportPeriodWindows,
} from './periods.js';

// The seed plan's regime (IV.1.c): before the 9th of the quarter's last month, the year before 09/12.
const SEED_DUES = [
  { period: 'Y', due: '2026-12-08' },
  { period: 'Q1', due: '2026-03-08' },
  { period: 'H1', due: '2026-06-08' },
  { period: 'Q3', due: '2026-09-08' },
] as const;

const spans = (mode: Parameters<typeof reportPeriodWindows>[2]) =>
  reportPeriodWindows(2026, SEED_DUES, mode).map((w) => [w.code, w.start, w.end, w.due]);

describe('report periods and their data windows', () => {
  it('by default: quarters from the day after the previous window, 6-month and year cumulative (docs/DOMAIN.md §7)', () => {
    expect(spans('since_previous')).toEqual([
      ['2026-Q1', '2025-12-15', '2026-03-08', '2026-03-08'],
      ['2026-H1', '2025-12-15', '2026-06-08', '2026-06-08'],
      ['2026-Q3', '2026-06-09', '2026-09-08', '2026-09-08'],
      ['2026', '2025-12-15', '2026-12-08', '2026-12-08'],
    ]);
  });

  it("uses Decree 09/2019's 15th-to-14th windows as a setting: Q1 15/12–14/03, H1 15/12–14/06, year 15/12–14/12", () => {
    expect(spans('decree_09')).toEqual([
      ['2026-Q1', '2025-12-15', '2026-03-14', '2026-03-08'],
      ['2026-H1', '2025-12-15', '2026-06-14', '2026-06-08'],
      ['2026-Q3', '2026-06-15', '2026-09-14', '2026-09-08'],
      ['2026', '2025-12-15', '2026-12-14', '2026-12-08'],
    ]);
  });

  it('uses calendar quarters, half-year and year as a setting', () => {
    expect(spans('calendar')).toEqual([
      ['2026-Q1', '2026-01-01', '2026-03-31', '2026-03-08'],
      ['2026-H1', '2026-01-01', '2026-06-30', '2026-06-08'],
      ['2026-Q3', '2026-07-01', '2026-09-30', '2026-09-08'],
      ['2026', '2026-01-01', '2026-12-31', '2026-12-08'],
    ]);
    expect(calendarSpan(2028, 'Q1')).toEqual({ start: '2028-01-01', end: '2028-03-31' });
    expect(calendarSpan(2026, 'Q2')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
  });

  it('falls back to calendar quarters for a plan without a reporting regime', () => {
    expect(reportPeriodWindows(2026, []).map((w) => [w.code, w.due])).toEqual([
      ['2026-Q1', '2026-03-31'],
      ['2026-Q2', '2026-06-30'],
      ['2026-Q3', '2026-09-30'],
      ['2026', '2026-12-31'],
    ]);
  });

  it('reads and writes period codes', () => {
    expect(parseReportPeriodCode('2026-Q1')).toEqual({ year: 2026, period: 'Q1' });
    expect(parseReportPeriodCode('2026-h1')).toEqual({ year: 2026, period: 'H1' });
    expect(parseReportPeriodCode(' 2026 ')).toEqual({ year: 2026, period: 'Y' });
    for (const bad of ['2026-Q4', '26-Q1', '2026Q1', '', 'Q1']) expect(parseReportPeriodCode(bad)).toBeNull();
    expect([reportPeriodCode(2026, 'Q3'), reportPeriodCode(2026, 'Y')]).toEqual(['2026-Q3', '2026']);
  });

  it('names periods as report subjects do, and the period after each', () => {
    expect(['Q1', 'Q2', 'H1', 'Q3', 'Y'].map((p) => reportPeriodName(2026, p as 'Q1'))).toEqual([
      'quý I năm 2026',
      'quý II năm 2026',
      '6 tháng đầu năm 2026',
      'quý III năm 2026',
      'năm 2026',
    ]);
    expect([nextPeriodName(2026, 'Q1'), nextPeriodName(2026, 'Q3'), nextPeriodName(2026, 'Y')]).toEqual([
      'quý II năm 2026',
      'quý IV năm 2026',
      'năm 2027',
    ]);
  });

  it('reads figures on today while the window is open, on its last day once closed', () => {
    expect(reportAsOf({ end: '2026-03-08' }, '2026-03-05')).toBe('2026-03-05');
    expect(reportAsOf({ end: '2026-03-08' }, '2026-03-20')).toBe('2026-03-08');
  });
});
