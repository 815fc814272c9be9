import { randomUUID } from 'node:crypto';
import { checkAmendmentDeadline, type IsoDate, isResponsibleUnit } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { hasRole } from '../../../http/policy.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { notifyUsers, usersWithRoles } from '../../notifications/index.js';
import { taskRuleError } from '../messages.js';
import { tasksRepository } from '../repository.js';
import { loadTaskScope, loadTaskViews } from '../task-view.js';
import { actorOf } from '../use-cases/task-change.js';
import { resolveTaskFields } from '../use-cases/task-fields.js';
import { amendmentsRepository } from './repository.js';
import type { AmendmentIn } from './schemas.js';

/** The fields of a task as an amendment shows them before the change. */
async function snapshot(db: Db, request: RequestContext, taskId: string) {
  const row = await tasksRepository(db).findTask(request.auth.tenantId, taskId);
  if (!row || row.removed_in_version !== null) throw new AppError('not_found');
  const { id, no, content, product, lead_text, coordinators_text, timeframe_text, timeframe_kind, due_date } = row;
  return {
    row,
    before: { id, no, content, product, lead_text, coordinators_text, timeframe_text, timeframe_kind, due_date },
  };
}

/** The domain's rule for an amendment's deadline (`checkAmendmentDeadline`), as the API's field error. */
function checkNewDeadline(
  input: Exclude<AmendmentIn, { action: 'drop' }>,
  year: number,
  today: IsoDate,
  lang: RequestContext['lang'],
) {
  const refused = checkAmendmentDeadline(input.fields.dueDate, {
    year,
    today,
    pastConfirmed: input.confirmPastDue === true,
  });
  if (refused) throw taskRuleError(refused.code, lang, 'fields.dueDate', refused.values);
}

/**
 * A unit head (for its unit's tasks) or the coordinator proposes to add, change or drop one task of the plan in
 * use; the chairman decides. Nothing changes in the plan until then. Returns the proposal's id.
 */
export async function proposeAmendment(db: Db, request: RequestContext, input: AmendmentIn): Promise<string> {
  const { auth, now, lang } = request;
  const scope = await loadTaskScope(db, auth.tenantId, now);
  if (!scope) throw taskRuleError('no_plan', lang);
  if (scope.plan.status === 'closed') throw taskRuleError('plan_closed', lang);
  const repo = tasksRepository(db);
  let before: Awaited<ReturnType<typeof snapshot>>['before'] | null = null;
  if (input.action !== 'add') {
    const found = await snapshot(db, request, input.taskId);
    const [view] = await loadTaskViews(db, scope, [found.row], actorOf(auth));
    if (!view?.rights.proposeAmendment) throw new AppError('forbidden');
    before = found.before;
  }
  if (input.action !== 'drop') {
    checkNewDeadline(input, scope.plan.year, scope.today, lang);
    await resolveTaskFields(repo, auth.tenantId, input.fields, lang); // refuses unknown units, missing due dates now
    const leads = input.fields.leadUnitIds;
    const ownUnit = isResponsibleUnit(actorOf(auth), {
      ownerUnitId: leads[0] ?? null,
      leadUnitIds: leads,
      coordinatorUnitIds: [],
      openToAllUnits: false,
    });
    if (input.action === 'add' && !hasRole(auth, 'coordinator') && !ownUnit) throw new AppError('forbidden');
  }
  const id = randomUUID();
  const proposal = input.action === 'drop' ? {} : input.fields;
  await db.transaction().execute(async (trx) => {
    await amendmentsRepository(trx).insert({
      tenant_id: auth.tenantId,
      id,
      plan_id: scope.plan.id,
      action: input.action,
      task_id: input.action === 'add' ? null : input.taskId,
      proposal: JSON.stringify(proposal),
      before: before ? JSON.stringify(before) : null,
      reason: input.reason,
      status: 'proposed',
      proposed_by: auth.userId,
      proposed_unit_id: auth.unitId,
      proposed_at: now,
    });
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'task_amendment.propose',
      entity: 'task_amendment',
      entityId: id,
      after: {
        action: input.action,
        taskId: input.action === 'add' ? null : input.taskId,
        proposal,
        reason: input.reason,
      },
      at: now,
    });
    // The chairman decides amendments: the proposal waits for him until decided (then it clears).
    const chairmen = await usersWithRoles(trx, auth.tenantId, ['chairman']);
    await notifyUsers(trx, {
      tenantId: auth.tenantId,
      userIds: chairmen.map((u) => u.id),
      kind: 'decision_waiting',
      subject: `amendment:${id}`,
      day: scope.today,
      data: {
        amendmentId: id,
        action: input.action,
        taskNo: before?.no ?? null,
        content: String(before?.content ?? (input.action === 'drop' ? '' : input.fields.content)).slice(0, 200),
      },
      now,
    });
  });
  return id;
}
