import { createHash } from 'node:crypto';
import { type PlanParseResult, parseDocumentNumber } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { clearNotifications } from '../../notifications/index.js';
import { planRepository } from '../../plans/index.js';
import { taskRuleError } from '../messages.js';
import { applyAmendment } from './apply-amendment.js';
import { type AmendmentRow, amendmentsRepository } from './repository.js';

/** Writes the new plan version an approved amendment makes, and makes it the plan's current one. */
async function approve(
  trx: Db,
  request: RequestContext,
  amendment: AmendmentRow,
  note: string | null,
): Promise<number> {
  const { auth, now, lang } = request;
  const plans = planRepository(trx);
  const plan = await plans.findPlan(auth.tenantId, amendment.plan_id);
  if (!plan) throw new AppError('not_found');
  // The plans module serialises its imports and decisions on this lock: versions are numbered one at a time.
  await plans.lockYear(auth.tenantId, plan.year);
  const version = await plans.nextVersion(auth.tenantId, plan.id);
  const current = await plans.findVersion(auth.tenantId, plan.id, plan.current_version);
  const base = current?.parsed as PlanParseResult;
  // The version row first: the task rows point at it (added/changed/removed_in_version).
  await plans.insertVersion({
    tenant_id: auth.tenantId,
    plan_id: plan.id,
    version,
    kind: 'amendment',
    status: 'approved',
    source_file_name: `dieu-chinh-nhiem-vu-${amendment.id.slice(0, 8)}.json`,
    source_format: 'txt',
    source_sha256: createHash('sha256')
      .update(JSON.stringify([amendment.action, amendment.task_id, amendment.proposal]))
      .digest('hex'),
    parsed: JSON.stringify(base),
    base_version: plan.current_version,
    note: amendment.reason,
    decision_note: note,
    created_by: amendment.proposed_by,
    created_at: amendment.proposed_at,
    decided_by: auth.userId,
    decided_at: now,
  });
  const applied = await applyAmendment({ db: trx, auth, now, lang, version }, amendment, plan.id, base);
  await plans.updateVersion(auth.tenantId, plan.id, version, {
    parsed: JSON.stringify(applied.parsed),
    changes: JSON.stringify(applied.changes),
  });
  await plans.updatePlan(auth.tenantId, plan.id, { current_version: version });
  return version;
}

/**
 * The chairman approves (the change is applied as a new plan version) or rejects a single-task amendment. Both
 * are kept with the decision's note; a decided proposal cannot be decided again.
 */
export async function decideTaskAmendment(
  db: Db,
  request: RequestContext,
  id: string,
  decision: { approve: boolean; note?: string | undefined; decisionNumber?: string | undefined },
): Promise<void> {
  const { auth, now, lang } = request;
  // A refusal says why, as a rejected plan version does: the proposer must know what to change.
  if (!decision.approve && !decision.note) throw taskRuleError('decision_note_required', lang, 'note');
  const decisionNumber = parseDocumentNumber(decision.decisionNumber);
  if (decisionNumber === undefined) throw taskRuleError('decision_number', lang, 'decisionNumber');
  await db.transaction().execute(async (trx) => {
    const repo = amendmentsRepository(trx);
    const amendment = await repo.find(auth.tenantId, id, true);
    if (!amendment) throw new AppError('not_found');
    if (amendment.status !== 'proposed') throw taskRuleError('amendment_decided', lang);
    const note = decision.note ?? null;
    const version = decision.approve ? await approve(trx, request, amendment, note) : null;
    const status = decision.approve ? ('approved' as const) : ('rejected' as const);
    await repo.update(auth.tenantId, id, {
      status,
      decided_by: auth.userId,
      decided_at: now,
      decision_note: note,
      decision_number: decisionNumber,
      applied_version: version,
    });
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: `task_amendment.${decision.approve ? 'approve' : 'reject'}`,
      entity: 'task_amendment',
      entityId: id,
      before: { status: 'proposed' },
      after: { status, version, note, decisionNumber, action: amendment.action, taskId: amendment.task_id },
      at: now,
    });
    await clearNotifications(trx, auth.tenantId, { subject: `amendment:${id}` }, ['decision_waiting'], now);
  });
}
