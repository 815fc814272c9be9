// A ward's projected and final score, its rank in the block, and where it loses points (docs/PAR-INDEX.md
// "Ranking rule").

import { rankInBlocks } from '../city/rankings.js';
import type { Block } from '../org/blocks.js';
import { type CriteriaList, leavesOf, roundPoints } from './model.js';
import { maximaOf, type PointsByCode, totalOf } from './scoring.js';

/** The points of one leaf at each step: pre-scored from data, the ward's own, the council's, the city's survey. */
export interface LeafPoints {
  pre: number | null;
  self: number | null;
  appraised: number | null;
}

/** The points that count for each leaf: the council's over the ward's over the data's. */
export function effectivePoints(set: CriteriaList, leaves: ReadonlyMap<string, LeafPoints>): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of leavesOf(set)) {
    const p = leaves.get(c.code);
    const value = p?.appraised ?? p?.self ?? p?.pre ?? null;
    if (value !== null) out.set(c.code, value);
  }
  return out;
}

/**
 * The score a ward can expect before the appraisal: its own points (or the data's) and, while the city has not
 * entered the survey, the survey part at the share of its own maximum the ward reached.
 */
export function projectedScore(set: CriteriaList, leaves: ReadonlyMap<string, LeafPoints>) {
  const points = effectivePoints(set, leaves);
  const maxima = maximaOf(set);
  const surveyLeaves = leavesOf(set).filter((c) => c.survey);
  const surveyEntered = surveyLeaves.length > 0 && surveyLeaves.every((c) => points.has(c.code));
  const own = totalOf({ criteria: set.criteria.filter((c) => !c.survey) }, points);
  if (surveyEntered || maxima.survey === 0) return { score: totalOf(set, points), surveyEstimated: false, own };
  const surveyShare = maxima.own === 0 ? 0 : own / maxima.own;
  return { score: roundPoints(own + maxima.survey * surveyShare), surveyEstimated: true, own };
}

/** The final score: the appraised points with the city's survey part (a survey leaf not entered counts 0). */
export const finalScore = (set: CriteriaList, leaves: ReadonlyMap<string, LeafPoints>) =>
  totalOf(set, effectivePoints(set, leaves));

/** A criterion and the points it costs: its maximum less its points, or the points a deduction took. */
export interface PointsLost {
  code: string;
  label: string;
  title: string;
  maxPoints: number;
  points: number;
  lost: number;
}

/**
 * Where the ward loses points, most first (ties in the set's order): the list of what to fix this year. The
 * survey part is left out unless `withSurvey`, since the ward does not score it.
 */
export function pointsLost(set: CriteriaList, points: PointsByCode, limit = 10, withSurvey = false): PointsLost[] {
  return leavesOf(set)
    .filter((c) => withSurvey || !c.survey)
    .map((c) => {
      const got = points.get(c.code) ?? 0;
      const lost = c.method === 'deduction' ? -got : c.maxPoints - got;
      return {
        code: c.code,
        label: c.label,
        title: c.title,
        maxPoints: c.maxPoints,
        points: got,
        lost: roundPoints(lost),
      };
    })
    .filter((l) => l.lost > 0)
    .map((l, order) => ({ l, order }))
    .sort((a, b) => b.l.lost - a.l.lost || a.order - b.order)
    .slice(0, limit)
    .map(({ l }) => l);
}

/** A ward's score to rank; null when it has none (no assessment, or not final for the final ranking). */
export interface WardScore {
  code: string;
  block: Block;
  score: number | null;
}

/**
 * Ranks in each block by score, higher first; scores equal at 2 decimals share the best rank and the next rank
 * skips (1, 1, 3), as the city's other rankings do (`rankInBlocks`).
 */
export function rankScores<T extends WardScore>(rows: readonly T[]): (T & { rank: number | null })[] {
  return rankInBlocks(rows.map((r) => ({ ...r, value: r.score, reason: null }))).map(
    ({ value: _v, reason: _r, ...rest }) => rest as T & { rank: number | null },
  );
}
