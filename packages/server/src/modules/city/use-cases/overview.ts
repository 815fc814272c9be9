import {
  BLOCK_NAMES,
  type Block,
  type IndicatorReport,
  movementOf,
  previousPeriodName,
  rankInBlocks,
  type UnrankedReason,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { Lang } from '../../../i18n/messages.js';
import {
  MEASURE_READERS,
  type MeasureReading,
  type Reading766,
  readingContext,
  readingFeedback,
  readReports,
  reports766,
} from '../measures.js';
import { unrankedText } from '../messages.js';
import type { WardRow } from '../repository.js';
import { blockWards, INACTIVE_READING } from './rankings.js';

/** A measure's figure in the city's table, with the ward's rank in its block and the reason when unranked. */
export interface OverviewFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  rank: number | null;
  reason: string | null;
  reasonCode: UnrankedReason | null;
}

const OVERVIEW_MEASURES = ['766', 'plan', 'inspection', 'feedback', 'reports'] as const;
type OverviewMeasure = (typeof OVERVIEW_MEASURES)[number];

/** Every figure of one ward for one period; its 766 report (read for the city at once) gives the total and 5.2. */
async function wardFigures(
  db: Db,
  ward: WardRow,
  period: string,
  now: Date,
  read766: { report: IndicatorReport; reading: Reading766 } | undefined,
) {
  // A deactivated ward is listed unranked with the reason "inactive" for every measure, as in the rankings.
  if (!ward.active || read766 === undefined) {
    const inactive: Reading766 = { ...INACTIVE_READING, band: null, bandName: null, dossiers: 0 };
    const off = { '766': inactive, plan: INACTIVE_READING, inspection: INACTIVE_READING, feedback: INACTIVE_READING };
    return { ...off, reports: INACTIVE_READING };
  }
  const context = readingContext(db, ward.id, period, now);
  const { report, reading } = read766;
  const figures: Record<OverviewMeasure, MeasureReading> & { '766': Reading766 } = {
    '766': reading,
    plan: await MEASURE_READERS.plan(context),
    inspection: await MEASURE_READERS.inspection(context),
    feedback: readingFeedback(report),
    reports: await readReports(context),
  };
  return figures;
}

/**
 * The city's table for a period: every ward in its block with its 766 total and band, plan tasks on time, self-
 * inspection coverage, feedback on time and reports sent on time, each ranked in the block; the 766 rank's movement
 * since the previous period.
 */
export async function cityOverview(db: Db, period: string, now: Date, lang: Lang) {
  const wards = await blockWards(db);
  const activeIds = wards.filter((w) => w.active).map((w) => w.id);
  const current766 = await reports766(db, activeIds, period, now);
  const all: Awaited<ReturnType<typeof wardFigures>>[] = [];
  for (const ward of wards) all.push(await wardFigures(db, ward, period, now, current766.get(ward.id)));
  const rankOf = (readings: readonly MeasureReading[]) =>
    rankInBlocks(readings.map((r, i) => ({ ...r, code: wards[i]?.code ?? '', block: wards[i]?.block as Block })));
  const ranks = new Map(OVERVIEW_MEASURES.map((m) => [m, rankOf(all.map((f) => f[m]))]));
  const previous766 = await reports766(db, activeIds, previousPeriodName(period), now);
  const previous: MeasureReading[] = wards.map((ward) => previous766.get(ward.id)?.reading ?? INACTIVE_READING);
  const previousRanks = rankOf(previous);
  const figureOf = (reading: MeasureReading, rank: number | null): OverviewFigure => ({
    value: reading.value,
    numerator: reading.numerator,
    denominator: reading.denominator,
    rank,
    reasonCode: reading.reason,
    reason: reading.reason ? unrankedText(reading.reason, lang, reading.detail) : null,
  });
  const rows = wards.map((ward, i) => {
    const f = all[i] as (typeof all)[number];
    const measures = Object.fromEntries(
      OVERVIEW_MEASURES.map((m) => [m, figureOf(f[m], ranks.get(m)?.[i]?.rank ?? null)]),
    ) as Record<OverviewMeasure, OverviewFigure>;
    const rank = measures['766'].rank;
    const previousRank = previousRanks[i]?.rank ?? null;
    return {
      code: ward.code,
      name: ward.name,
      kind: ward.kind,
      block: ward.block,
      blockName: BLOCK_NAMES[ward.block],
      band: f['766'].band,
      bandName: f['766'].bandName,
      dossiers: f['766'].dossiers,
      measures,
      previousRank,
      movement: movementOf(rank, previousRank),
    };
  });
  const order = (r: (typeof rows)[number]) => [r.block === 'ward' ? 0 : 1, r.measures['766'].rank ?? 1e9] as const;
  rows.sort((a, b) => {
    const [ba, ra] = order(a);
    const [bb, rb] = order(b);
    return ba - bb || ra - rb || a.code.localeCompare(b.code);
  });
  return { period, previousPeriod: previousPeriodName(period), rows };
}

export type CityOverview = Awaited<ReturnType<typeof cityOverview>>;
