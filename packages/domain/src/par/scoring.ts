// Scoring a criterion from what is entered for it, and the totals of a set (docs/PAR-INDEX.md "Scoring").
import { type CriteriaList, type Criterion, leavesOf, roundPoints } from './model.js';
import { pointsOfRatio } from './thresholds.js';

/**
 * What is entered for a leaf is one number, read by its method: yes/no 1 or 0; ratio the percentage (0–100) of
 * the figure; scale, survey and deduction the points themselves (a deduction's points are taken off).
 */
export type ScoreRule = 'yes_no_value' | 'ratio_range' | 'points_range' | 'not_a_leaf' | 'two_decimals';

/** Why a value is refused for a criterion, or null when it is valid. */
export function scoreProblem(criterion: Criterion, value: number): ScoreRule | null {
  if (!criterion.leaf) return 'not_a_leaf';
  if (!Number.isFinite(value) || Math.round(value * 100) !== value * 100) return 'two_decimals';
  if (criterion.method === 'yes_no') return value === 0 || value === 1 ? null : 'yes_no_value';
  if (criterion.method === 'ratio') return value >= 0 && value <= 100 ? null : 'ratio_range';
  return value >= 0 && value <= criterion.maxPoints ? null : 'points_range';
}

/** The points a valid value earns; a deduction's are negative. */
export function pointsFor(criterion: Criterion, value: number): number {
  switch (criterion.method) {
    case 'yes_no':
      return value === 1 ? criterion.maxPoints : 0;
    case 'ratio':
      return pointsOfRatio(value, criterion.maxPoints, criterion.thresholds);
    case 'deduction':
      return -roundPoints(value);
    default:
      return roundPoints(value);
  }
}

/** Points of every scored leaf, by code; a leaf without points is absent. */
export type PointsByCode = ReadonlyMap<string, number>;

/** A set's total: the leaves' points (deductions subtract), never below 0, 2 decimals. */
export function totalOf(set: CriteriaList, points: PointsByCode): number {
  const sum = leavesOf(set).reduce((a, c) => a + (points.get(c.code) ?? 0), 0);
  return Math.max(0, roundPoints(sum));
}

/** Each area's (or any parent's) points: the sum of the leaves under it. */
export function subtotals(set: CriteriaList, points: PointsByCode): Map<string, number> {
  const out = new Map<string, number>();
  const byCode = new Map(set.criteria.map((c) => [c.code, c]));
  for (const leaf of leavesOf(set)) {
    const value = points.get(leaf.code) ?? 0;
    for (let at = byCode.get(leaf.code); at; at = at.parent ? byCode.get(at.parent) : undefined) {
      out.set(at.code, roundPoints((out.get(at.code) ?? 0) + value));
    }
  }
  return out;
}

/** The survey part's maximum and the rest's (the part the ward scores itself). */
export function maximaOf(set: CriteriaList) {
  const leaves = leavesOf(set).filter((c) => c.method !== 'deduction');
  const survey = roundPoints(leaves.filter((c) => c.survey).reduce((a, c) => a + c.maxPoints, 0));
  const own = roundPoints(leaves.filter((c) => !c.survey).reduce((a, c) => a + c.maxPoints, 0));
  return { survey, own, total: roundPoints(survey + own) };
}
