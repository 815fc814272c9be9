import { BLOCK_NAMES, type Block, type Criterion, type IndexKind, projectedScore, rankScores } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { blockWards } from '../../city/use-cases/rankings.js';
import { STATUS_NAMES } from '../messages.js';
import { parRepository } from '../repository.js';
import { storedLeafPoints } from './context.js';

/** One ward's line of the city's PAR table. */
export interface StandingRow {
  code: string;
  name: string;
  block: Block;
  blockName: string;
  status: keyof typeof STATUS_NAMES | null;
  statusName: string | null;
  /** Before the final score: the ward's projection from its saved scores (survey estimated until entered). */
  projected: number | null;
  projectedRank: number | null;
  final: number | null;
  finalRank: number | null;
}

/**
 * Every ward's assessment of an index and year, read ward by ward (no cross-tenant join): the projected score and
 * its rank among the wards of the block that have one, the final score and its rank once the city closed it.
 * `override` puts a ward's live projection (its pre-scores read now) in place of its saved one.
 */
export async function standings(
  db: Db,
  cityId: string,
  kind: IndexKind,
  year: number,
  override?: { tenantId: string; projected: number },
): Promise<StandingRow[]> {
  const repo = parRepository(db);
  const criteriaOf = new Map<string, Criterion[]>();
  const rows: StandingRow[] = [];
  for (const ward of await blockWards(db)) {
    const a = ward.active ? await repo.assessment(ward.id, kind, year) : undefined;
    let projected: number | null = null;
    if (a) {
      if (!criteriaOf.has(a.set_id)) criteriaOf.set(a.set_id, await repo.criteria(cityId, a.set_id));
      projected = projectedScore(
        { criteria: criteriaOf.get(a.set_id) ?? [] },
        storedLeafPoints(criteriaOf.get(a.set_id) ?? [], await repo.scores(ward.id, a.id)),
      ).score;
    }
    if (override?.tenantId === ward.id) projected = override.projected;
    rows.push({
      code: ward.code,
      name: ward.name,
      block: ward.block,
      blockName: BLOCK_NAMES[ward.block],
      status: a?.status ?? null,
      statusName: a ? STATUS_NAMES[a.status] : null,
      projected,
      projectedRank: null,
      final: a?.status === 'final' && a.final_score !== null ? Number(a.final_score) : null,
      finalRank: null,
    });
  }
  const projectedRanks = rankScores(rows.map((r) => ({ code: r.code, block: r.block, score: r.projected })));
  const finalRanks = rankScores(rows.map((r) => ({ code: r.code, block: r.block, score: r.final })));
  return rows.map((r, i) => ({
    ...r,
    projectedRank: projectedRanks[i]?.rank ?? null,
    finalRank: finalRanks[i]?.rank ?? null,
  }));
}

/** Block first, then final rank, projected rank, code: how the city's table lists wards. */
export function byStanding(a: StandingRow, b: StandingRow): number {
  if (a.block !== b.block) return a.block === 'ward' ? -1 : 1;
  const key = (r: StandingRow) => [
    r.finalRank ?? Number.POSITIVE_INFINITY,
    r.projectedRank ?? Number.POSITIVE_INFINITY,
  ];
  const [fa, pa] = key(a);
  const [fb, pb] = key(b);
  return fa !== fb
    ? (fa as number) - (fb as number)
    : pa !== pb
      ? (pa as number) - (pb as number)
      : a.code.localeCompare(b.code);
}

/** The standings of an index and year for readers outside the city's session (the IOC feed). */
export async function parStandings(db: Db, kind: IndexKind, year: number): Promise<StandingRow[]> {
  const cityId = await parRepository(db).cityTenantId();
  return cityId ? standings(db, cityId, kind, year) : [];
}
