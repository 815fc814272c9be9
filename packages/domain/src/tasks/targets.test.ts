import { describe, expect, it } from 'vitest';
import { combineTargetStatuses, type MeasureStatusInput, measureStatus, timeLeftShare } from './targets.js';

const YEAR = { start: '2026-01-01', end: '2026-12-31' };
const input = (over: Partial<MeasureStatusInput>): MeasureStatusInput => ({
  comparator: '>=',
  target: 100,
  value: 80,
  previousValue: null,
  window: YEAR,
  today: '2026-03-20',
  ...over,
});

describe('target status', () => {
  it('is met as soon as the value meets the target', () => {
    expect(measureStatus(input({ value: 100 }))).toBe('met');
    expect(measureStatus(input({ comparator: '<=', target: 15, value: 12 }))).toBe('met');
  });

  it('is missed once the deadline passed unmet', () => {
    expect(measureStatus(input({ today: '2027-01-05' }))).toBe('missed');
    expect(measureStatus(input({ today: '2027-01-05', value: null }))).toBe('missed');
  });

  it('is at risk with less than a quarter of the time left', () => {
    expect(measureStatus(input({ today: '2026-09-30' }))).toBe('in_progress');
    expect(measureStatus(input({ today: '2026-10-05' }))).toBe('at_risk');
  });

  it('is at risk when falling since the previous period; a rank falls when it grows', () => {
    expect(measureStatus(input({ previousValue: 90 }))).toBe('at_risk');
    expect(measureStatus(input({ previousValue: 70 }))).toBe('in_progress');
    expect(measureStatus(input({ comparator: '<=', target: 15, value: 20, previousValue: 18 }))).toBe('at_risk');
    expect(measureStatus(input({ comparator: '<=', target: 15, value: 17, previousValue: 18 }))).toBe('in_progress');
  });

  it('is in progress while nothing is measured yet', () => {
    expect(measureStatus(input({ value: null }))).toBe('in_progress');
  });

  it('takes the worst status of a target with several measures', () => {
    expect(combineTargetStatuses(['met', 'in_progress'])).toBe('in_progress');
    expect(combineTargetStatuses(['met', 'at_risk', 'in_progress'])).toBe('at_risk');
    expect(combineTargetStatuses(['met', 'met'])).toBe('met');
    expect(combineTargetStatuses(['missed', 'met'])).toBe('missed');
    expect(combineTargetStatuses([])).toBe('in_progress');
  });

  it('measures the time left as a share of the window', () => {
    expect(timeLeftShare(YEAR, '2025-12-01')).toBe(1);
    expect(timeLeftShare(YEAR, '2027-02-01')).toBe(0);
    expect(timeLeftShare(YEAR, '2026-07-02')).toBeCloseTo(0.5, 2);
  });
});
