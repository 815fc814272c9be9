import type { PlanParseResult } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { recordAudit } from '../../audit/index.js';
import { loadParFocalUnitId } from '../../org/index.js';
import { applyVersion, type PlanChanges } from '../apply-version.js';
import { planMessage } from '../messages.js';
import { planRepository } from '../repository.js';
import type { PlanActor, PlanContext } from './confirm-import.js';
import { planTitle } from './plan-facts.js';

/** The chairman's decision on a proposed amendment. */
export interface AmendmentDecision {
  approve: boolean;
  note?: string;
}

/** The decided version; an approved one's changes are those applied (with the ids of the new tasks). */
export interface DecisionResult {
  planId: string;
  version: number;
  status: 'approved' | 'rejected';
  changes: PlanChanges | null;
}

async function approve(db: Db, actor: PlanActor, planId: string, version: number, parsed: PlanParseResult) {
  const repo = planRepository(db);
  const units = await repo.listUnits(actor.tenantId);
  const focalUnitId = await loadParFocalUnitId(db, actor.tenantId);
  // Compared again with the tasks as they are now: the plan may have moved since the proposal.
  const changes = await applyVersion(db, { tenantId: actor.tenantId, planId, version, units, focalUnitId }, parsed);
  await repo.updatePlan(actor.tenantId, planId, { current_version: version, title: planTitle(parsed) });
  return changes;
}

/**
 * Approves or rejects a proposed amendment (sửa đổi, bổ sung) of a plan in use. Approval applies it: tasks
 * added, edited, or removed with `removed_in_version`, and the version becomes the current one. Either way the
 * version stays readable. The caller has checked the chairman's capability.
 */
export async function decideAmendment(
  db: Db,
  actor: PlanActor,
  target: { planId: string; version: number },
  decision: AmendmentDecision,
  context: PlanContext,
): Promise<DecisionResult> {
  return db.transaction().execute(async (trx) => {
    const repo = planRepository(trx);
    const plan = await repo.findPlan(actor.tenantId, target.planId);
    if (!plan) throw new AppError('not_found');
    await repo.lockYear(actor.tenantId, plan.year);
    const row = await repo.findVersion(actor.tenantId, plan.id, target.version);
    if (!row) throw new AppError('not_found');
    if (row.kind !== 'amendment' || row.status !== 'proposed') {
      throw planMessage.error('conflict', 'not_proposed', context.lang);
    }
    // A proposal is the whole document as its author saw it: approving it over a later amendment (a single-task
    // change approved meanwhile) would silently undo that change, so it must be made again from the new base.
    if (decision.approve && row.base_version !== null && row.base_version !== plan.current_version) {
      const values = { base: row.base_version, current: plan.current_version };
      throw planMessage.error('conflict', 'stale_proposal', context.lang, values);
    }
    const status = decision.approve ? ('approved' as const) : ('rejected' as const);
    const changes = decision.approve ? await approve(trx, actor, plan.id, row.version, row.parsed) : null;
    await repo.updateVersion(actor.tenantId, plan.id, row.version, {
      status,
      decided_by: actor.userId,
      decided_at: context.now,
      decision_note: decision.note?.trim() || null,
      ...(changes ? { changes: JSON.stringify(changes) } : {}),
    });
    await recordAudit(trx, {
      ...{ tenantId: actor.tenantId, actorUserId: actor.userId, at: context.now },
      ...{ action: `plan.${decision.approve ? 'approve' : 'reject'}_amendment`, entity: 'plan', entityId: plan.id },
      after: { version: row.version, status, note: decision.note ?? null },
    });
    return { planId: plan.id, version: row.version, status, changes };
  });
}
