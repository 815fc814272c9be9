import {
  BLOCK_NAMES,
  type Block,
  blockOf,
  type CityMeasure,
  movementOf,
  previousPeriodName,
  rankInBlocks,
  type UnrankedReason,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { Lang } from '../../../i18n/messages.js';
import { type MeasureReading, readMeasureOfWards } from '../measures.js';
import { unrankedText } from '../messages.js';
import { cityRepository, type WardRow } from '../repository.js';

/** One ward's line of a ranking: its value, rank in its block, the previous period's rank and the movement. */
export interface RankingRow {
  code: string;
  name: string;
  kind: WardRow['kind'];
  block: Block;
  blockName: string;
  value: number | null;
  rank: number | null;
  reason: string | null;
  reasonCode: UnrankedReason | null;
  numerator: number | null;
  denominator: number | null;
  previousValue: number | null;
  previousRank: number | null;
  movement: number | null;
}

/** Reads one measure for every ward, in order; the active wards' 766 reports in one city-wide read. */
async function readAll(
  db: Db,
  wards: readonly (WardRow & { block: Block })[],
  measure: CityMeasure,
  period: string,
  now: Date,
) {
  const active = wards.filter((w) => w.active);
  const readings = await readMeasureOfWards(
    db,
    active.map((w) => w.id),
    measure,
    period,
    now,
  );
  const byId = new Map(active.map((w, i) => [w.id, readings[i] ?? INACTIVE_READING]));
  return rankInBlocks(
    wards.map((ward) => ({ ...(byId.get(ward.id) ?? INACTIVE_READING), code: ward.code, block: ward.block })),
  );
}

/** Wards with their block; the city itself is in none. */
export async function blockWards(db: Db) {
  const wards = await cityRepository(db).wards();
  return wards.flatMap((w) => {
    const block = blockOf(w.kind);
    return block ? [{ ...w, block }] : [];
  });
}

/**
 * The wards still in service. A deactivated ward (merged, dissolved) owes no report and takes no task: the inbox,
 * its reminders and new city tasks leave it out, since a city admin cannot act on it. The rankings and the overview
 * still list it, unranked with the reason "inactive", so the admin sees why a ward left the ranks (see `readAll`).
 */
export async function activeWards(db: Db) {
  return (await blockWards(db)).filter((w) => w.active);
}

/** What an inactive ward reads for every measure: no value, so `rankInBlocks` leaves it out of its block's ranks. */
export const INACTIVE_READING: MeasureReading = { value: null, reason: 'inactive', numerator: null, denominator: null };

/** Block order, then rank (unranked last), then code: how the tables and the CLI list wards. */
export function byBlockAndRank(a: RankingRow, b: RankingRow): number {
  if (a.block !== b.block) return a.block === 'ward' ? -1 : 1;
  const ra = a.rank ?? Number.POSITIVE_INFINITY;
  const rb = b.rank ?? Number.POSITIVE_INFINITY;
  return ra !== rb ? ra - rb : a.code.localeCompare(b.code);
}

/**
 * The ranking of every ward inside its block for one measure and period (month, quarter or year), with the
 * previous period's rank and the movement. `cchc city rankings` and `GET /city/rankings` print it.
 */
export async function cityRankings(db: Db, measure: CityMeasure, period: string, now: Date, lang: Lang) {
  const wards = await blockWards(db);
  const previousPeriod = previousPeriodName(period);
  const [current, previous] = [
    await readAll(db, wards, measure, period, now),
    await readAll(db, wards, measure, previousPeriod, now),
  ];
  const rows: RankingRow[] = wards.map((ward, i) => {
    const now_ = current[i];
    const before = previous[i];
    return {
      code: ward.code,
      name: ward.name,
      kind: ward.kind,
      block: ward.block,
      blockName: BLOCK_NAMES[ward.block],
      value: now_?.value ?? null,
      rank: now_?.rank ?? null,
      reasonCode: now_?.reason ?? null,
      reason: now_?.reason ? unrankedText(now_.reason, lang, now_.detail) : null,
      numerator: now_?.numerator ?? null,
      denominator: now_?.denominator ?? null,
      previousValue: before?.value ?? null,
      previousRank: before?.rank ?? null,
      movement: movementOf(now_?.rank ?? null, before?.rank ?? null),
    };
  });
  return { period, measure, previousPeriod, rows: rows.sort(byBlockAndRank) };
}
