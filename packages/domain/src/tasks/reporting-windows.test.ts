import { describe, expect, it } from 'vitest';
import { lastEndedWindow, reportingWindows, windowContaining } from './reporting-windows.js';

describe('reporting windows', () => {
  const windows = reportingWindows(2026, [
    { period: 'Y', due: '2026-12-08' },
    { period: 'Q1', due: '2026-03-08' },
    { period: 'H1', due: '2026-06-08' },
    { period: 'Q3', due: '2026-09-08' },
  ]);

  it('runs from the day after the previous due date, the first from 15/12 of the year before', () => {
    expect(windows).toEqual([
      { period: 'Q1', start: '2025-12-15', due: '2026-03-08' },
      { period: 'H1', start: '2026-03-09', due: '2026-06-08' },
      { period: 'Q3', start: '2026-06-09', due: '2026-09-08' },
      { period: 'Y', start: '2026-09-09', due: '2026-12-08' },
    ]);
  });

  it('finds the window of a day and the last one that ended', () => {
    expect(windowContaining(windows, '2026-03-08')?.period).toBe('Q1');
    expect(windowContaining(windows, '2026-03-09')?.period).toBe('H1');
    expect(windowContaining(windows, '2026-12-20')).toBeNull();
    expect(lastEndedWindow(windows, '2026-03-08')).toBeNull();
    expect(lastEndedWindow(windows, '2026-03-09')?.period).toBe('Q1');
  });

  it('falls back to calendar quarters when the plan lists no reporting regime', () => {
    expect(reportingWindows(2026, []).map((w) => w.due)).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });
});
