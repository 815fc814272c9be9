import {
  type AssessmentStatus,
  type Criterion,
  type IndexKind,
  type LeafPoints,
  leavesOf,
  type PreScore,
  type PreScoreFacts,
  preScore,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { Lang } from '../../../i18n/messages.js';
import { readFacts } from '../facts.js';
import { parError } from '../messages.js';
import { type AssessmentRow, parRepository, type ScoreRow, type SetRow } from '../repository.js';

/** Everything one ward's assessment of an index and year is read from. */
export interface AssessmentContext {
  tenantId: string;
  kind: IndexKind;
  year: number;
  cityId: string;
  set: SetRow;
  criteria: Criterion[];
  /** Null until the ward first saves something: the page shows a draft all the same. */
  assessment: AssessmentRow | null;
  status: AssessmentStatus;
  scores: Map<string, ScoreRow>;
  facts: PreScoreFacts;
  pre: Map<string, PreScore>;
}

export async function cityIdOf(db: Db, lang: Lang): Promise<string> {
  const id = await parRepository(db).cityTenantId();
  if (!id) throw parError('not_found', 'no_city', lang);
  return id;
}

/** The set in force for a draft (the latest version), the one it was submitted against otherwise. */
async function setFor(
  db: Db,
  cityId: string,
  kind: IndexKind,
  year: number,
  assessment: AssessmentRow | null,
  lang: Lang,
) {
  const repo = parRepository(db);
  const set =
    assessment && assessment.status !== 'draft'
      ? await repo.setById(cityId, assessment.set_id)
      : await repo.latestSet(cityId, kind, year);
  if (!set) throw parError('not_found', 'no_set', lang, { kind: kind === 'par' ? 'Chỉ số CCHC' : 'DTI', year });
  return set;
}

/**
 * Loads a ward's assessment with its set, scores and the pre-scores: read live from the ward's data while in
 * draft, from the figures frozen at submission afterwards (so the council scores what the ward submitted).
 */
export async function loadContext(
  db: Db,
  tenantId: string,
  kind: IndexKind,
  year: number,
  now: Date,
  lang: Lang,
): Promise<AssessmentContext> {
  const cityId = await cityIdOf(db, lang);
  const repo = parRepository(db);
  const assessment = (await repo.assessment(tenantId, kind, year)) ?? null;
  const set = await setFor(db, cityId, kind, year, assessment, lang);
  const [criteria, scores] = await Promise.all([
    repo.criteria(cityId, set.id),
    assessment ? repo.scores(tenantId, assessment.id) : Promise.resolve([]),
  ]);
  const status = assessment?.status ?? 'draft';
  const facts =
    status !== 'draft' && assessment?.facts
      ? (assessment.facts as PreScoreFacts)
      : await readFacts(db, tenantId, year, now);
  const pre = new Map<string, PreScore>();
  for (const c of leavesOf({ criteria })) {
    const p = preScore(c, facts);
    if (p) pre.set(c.code, p);
  }
  return {
    tenantId,
    kind,
    year,
    cityId,
    set,
    criteria,
    assessment,
    status,
    scores: new Map(scores.map((s) => [s.code, s])),
    facts,
    pre,
  };
}

/** Each leaf's points at each step, for the totals and the ranking. */
export function leafPointsOf(ctx: Pick<AssessmentContext, 'criteria' | 'scores' | 'pre'>): Map<string, LeafPoints> {
  const out = new Map<string, LeafPoints>();
  for (const c of leavesOf(ctx)) {
    const s = ctx.scores.get(c.code);
    out.set(c.code, {
      pre: ctx.pre.get(c.code)?.points ?? null,
      self: s?.selfPoints ?? null,
      appraised: s?.appraisedPoints ?? null,
    });
  }
  return out;
}

/** Leaf points from stored rows only (another ward's projection: its pre-scores as last saved). */
export function storedLeafPoints(criteria: readonly Criterion[], scores: readonly ScoreRow[]): Map<string, LeafPoints> {
  const byCode = new Map(scores.map((s) => [s.code, s]));
  const out = new Map<string, LeafPoints>();
  for (const c of leavesOf({ criteria })) {
    const s = byCode.get(c.code);
    out.set(c.code, { pre: s?.prePoints ?? null, self: s?.selfPoints ?? null, appraised: s?.appraisedPoints ?? null });
  }
  return out;
}
