import { describe, expect, it } from 'vitest';
import { calendar2026 } from '../dossiers/test-support/build.js';
import { computeIndicators } from './compute.js';
import { DEFAULT_766_CONFIG } from './config.js';
import { INDICATOR_DEFINITIONS } from './definitions.js';
import { periodOf } from './period.js';
import { pointsOf, rowOf, totalOf } from './score.js';

const bands = DEFAULT_766_CONFIG.bands;
const definition = INDICATOR_DEFINITIONS[4]!; // 2.1

function totalFor(points: number, maxPoints = 100) {
  return totalOf([{ ...rowOf(definition, { maxPoints, target: 1 }, { numerator: 0, denominator: 1 }), points }], bands);
}

describe('points and total', () => {
  it('scores max × min(1, rate ÷ target)', () => {
    expect(pointsOf(0.4, { maxPoints: 6, target: 0.5 })).toBe(4.8);
    expect(pointsOf(0.7, { maxPoints: 6, target: 0.5 })).toBe(6);
    expect(pointsOf(0, { maxPoints: 6, target: 0.5 })).toBe(0);
    expect(pointsOf(null, { maxPoints: 6, target: 0.5 })).toBeNull();
    expect(pointsOf(0.5, { maxPoints: 0, target: null })).toBeNull();
  });

  it('puts a total in its band at the thresholds 90, 80, 70 and 50', () => {
    const band = (points: number) => totalFor(points).band?.name;
    expect([band(90), band(89.99), band(80), band(70), band(69.99), band(50), band(49.99), band(0)]).toEqual([
      'Xuất sắc',
      'Tốt',
      'Tốt',
      'Khá',
      'Trung bình',
      'Trung bình',
      'Yếu',
      'Yếu',
    ]);
  });

  it('scales the points of the indicators that apply to 100', () => {
    expect(totalFor(15, 20)).toMatchObject({ total: 75, awardedPoints: 15, applicableMaxPoints: 20 });
  });

  it('gives no total and no band when nothing applies', () => {
    const report = computeIndicators({
      period: periodOf('2026-03'),
      calendar: calendar2026(),
      procedures: [],
      dossiers: [],
    });
    expect(report.indicators.every((row) => row.points === null)).toBe(true);
    expect(report).toMatchObject({ total: null, band: null, bandName: null, awardedPoints: 0, applicableMaxPoints: 0 });
  });

  it('sums to 100 points in the default configuration', () => {
    const sum = Object.values(DEFAULT_766_CONFIG.indicators).reduce((total, setting) => total + setting.maxPoints, 0);
    expect(sum).toBe(100);
  });
});
