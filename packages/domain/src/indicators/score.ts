// Points of an indicator and the unit's total and band.
import type { BandSetting, IndicatorSetting } from './config.js';
import type { IndicatorDefinition } from './definitions.js';
import { INDICATOR_FORMULAS } from './formulas.js';
import type { Count, IndicatorResult } from './types.js';

const round2 = (value: number) => Math.round(value * 100) / 100;

/** A share 0–1, or null on a zero denominator (N/A, not 0 points). */
export function shareOf(count: Count): number | null {
  return count.denominator === 0 ? null : count.numerator / count.denominator;
}

/** `maxPoints × min(1, rate ÷ target)` with 2 decimals; null when N/A or the indicator has no points. */
export function pointsOf(rate: number | null, setting: IndicatorSetting): number | null {
  if (rate === null || setting.target === null || setting.maxPoints === 0) return null;
  const reached = setting.target <= 0 ? 1 : Math.min(1, rate / setting.target);
  return round2(setting.maxPoints * reached);
}

/** One row of the result from a count (null: nothing to count from) and the rate when it is not the plain share. */
export function rowOf(
  definition: IndicatorDefinition,
  setting: IndicatorSetting,
  count: Count | null,
  rate: number | null = count === null ? null : shareOf(count),
): IndicatorResult {
  return {
    code: definition.code,
    group: definition.group,
    name: definition.name,
    numerator: count?.numerator ?? null,
    denominator: count?.denominator ?? null,
    rate,
    points: pointsOf(rate, setting),
    maxPoints: setting.maxPoints,
    target: setting.target,
    source: definition.source,
    formula: {
      numerator: INDICATOR_FORMULAS[definition.code].numerator,
      denominator: INDICATOR_FORMULAS[definition.code].denominator,
    },
    clause: INDICATOR_FORMULAS[definition.code].clause,
  };
}

/** The total of a unit and its band. */
export interface Total {
  total: number | null;
  awardedPoints: number;
  applicableMaxPoints: number;
  band: BandSetting | null;
}

/**
 * Sums the points of the indicators that apply and scales them to 100. An N/A indicator (zero denominator, nothing
 * entered, no feedback yet) is left out of both the points and the maximum: the bands are set on a 100-point scale,
 * and a ward should not drop a band for an indicator that cannot apply to it (no fee-bearing procedure) or has no
 * figure yet. Without scaling, every missing figure would read as a failure. The raw sum and the maximum it is out
 * of are returned too, so a reader can see how much of the index was measured.
 */
export function totalOf(rows: readonly IndicatorResult[], bands: readonly BandSetting[]): Total {
  let awarded = 0;
  let applicable = 0;
  for (const row of rows) {
    if (row.points === null || row.maxPoints === 0) continue;
    awarded += row.points;
    applicable += row.maxPoints;
  }
  const total = applicable === 0 ? null : round2((awarded / applicable) * 100);
  // The band follows the total as published, with 2 decimals.
  const band = total === null ? null : (bands.find((setting) => total >= setting.minTotal) ?? null);
  return { total, awardedPoints: round2(awarded), applicableMaxPoints: applicable, band };
}
