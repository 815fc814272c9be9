// Ranking wards inside their PAR Index block (I.2.a, docs/DOMAIN.md §8–9): the city compares wards with wards and communes
// with communes, never across blocks.
import { vietnamDateOf } from '../clock.js';
import { periodOf } from '../indicators/period.js';
import type { Block } from '../org/blocks.js';

/**
 * What the city ranks by: the Decision 766 total, plan tasks on time (target c), self-inspection coverage
 * (target đ), feedback handled on time (766 indicator 5.2).
 */
export const CITY_MEASURES = ['766', 'plan', 'inspection', 'feedback'] as const;
export type CityMeasure = (typeof CITY_MEASURES)[number];

/** Why a ward is listed without a rank. */
export type UnrankedReason =
  | 'too_few_dossiers' // fewer dossiers than the city's minimum for a 766 band (indicators config)
  | 'no_data' // nothing to compute from (no indicator applies, no feedback handled)
  | 'no_plan' // no plan for the period's year
  | 'no_tasks_due' // the plan has no task due by the period's end
  | 'no_units' // no active unit to self-inspect
  | 'no_reports_due' // no periodic report due by the period's end
  | 'inactive'; // the ward was deactivated (merged, dissolved): listed, never ranked

/** A ward's value for one measure and period; a null value carries the reason. */
export interface MeasureValue {
  code: string;
  block: Block;
  value: number | null;
  reason: UnrankedReason | null;
}

export interface RankedValue extends MeasureValue {
  /** 1 is the best of the block; tied values share the best rank of the tie, and the next rank skips (1, 1, 3). */
  rank: number | null;
}

/** Values are compared as they are shown, with 2 decimals, so two wards printed equal share a rank. */
const shown = (value: number) => Math.round(value * 100);

/**
 * Ranks every ward inside its block by value, higher first ("standard competition" ranking: equal values share
 * the best rank of their tie, the next value takes its position). Wards without a value get no rank.
 */
export function rankInBlocks<T extends MeasureValue>(rows: readonly T[]): (T & { rank: number | null })[] {
  return rows.map((row) => {
    if (row.value === null) return { ...row, rank: null };
    const own = shown(row.value);
    const better = rows.filter((o) => o.block === row.block && o.value !== null && shown(o.value) > own).length;
    return { ...row, rank: better + 1 };
  });
}

/**
 * Places moved since the previous period: positive when the ward went up (rank 5 → 3 is +2), null when either
 * period has no rank.
 */
export function movementOf(rank: number | null, previousRank: number | null): number | null {
  return rank === null || previousRank === null ? null : previousRank - rank;
}

/** The period before a month (`2026-03` → `2026-02`), a quarter (`2026-Q1` → `2025-Q4`) or a year. */
export function previousPeriodName(name: string): string {
  periodOf(name); // throws on anything but a month, quarter or year
  const month = /^(\d{4})-(\d{2})$/.exec(name.trim());
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  }
  const quarter = /^(\d{4})-[Qq]([1-4])$/.exec(name.trim());
  if (quarter) {
    const [y, q] = [Number(quarter[1]), Number(quarter[2])];
    return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  }
  return String(Number(name.trim()) - 1);
}

/** The last month whose results are final: the month before today's in Vietnam (the running month is provisional). */
export function lastFullMonth(now: Date): string {
  return previousPeriodName(vietnamDateOf(now).slice(0, 7));
}

/** The twelve months of a year (`2026-01` … `2026-12`), for the charts of each measure over the year. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
