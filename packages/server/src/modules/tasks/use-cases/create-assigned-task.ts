import { randomUUID } from 'node:crypto';
import { formatShortDate, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { taskRuleError } from '../messages.js';
import { auditState } from '../presenter.js';
import { tasksRepository } from '../repository.js';
import type { AssignedTaskIn } from '../schemas.js';
import { loadTaskScope } from '../task-view.js';
import { resolveTaskFields } from './task-fields.js';

/**
 * Enters a task assigned during the year by the city or the chairman (target b), with the document that
 * assigned it, into the plan in use; it is then followed like a plan task. Returns its id.
 */
export async function createAssignedTask(db: Db, request: RequestContext, input: AssignedTaskIn): Promise<string> {
  const { auth, now, lang } = request;
  return db.transaction().execute(async (trx) => {
    const repo = tasksRepository(trx);
    const scope = await loadTaskScope(trx, auth.tenantId, now);
    if (!scope) throw taskRuleError('no_plan', lang);
    if (scope.plan.status === 'closed') throw taskRuleError('plan_closed', lang);
    const fields = await resolveTaskFields(repo, auth.tenantId, input, lang);
    const id = randomUUID();
    const version = scope.plan.current_version;
    const row = await repo.insertTask({
      tenant_id: auth.tenantId,
      id,
      plan_id: scope.plan.id,
      no: null,
      group_code: null,
      ...fields.columns,
      source: input.source,
      source_ref: `${input.documentNumber} ngày ${formatShortDate(input.documentDate)}`,
      source_doc_number: input.documentNumber,
      source_doc_date: input.documentDate,
      source_doc_title: input.documentTitle ?? null,
      added_in_version: version,
      changed_in_version: version,
      last_update_at: now,
    });
    await repo.replaceTaskUnits(auth.tenantId, id, fields.units);
    await repo.insertUpdate({
      tenant_id: auth.tenantId,
      id: randomUUID(),
      task_id: id,
      kind: 'assign',
      at: now,
      on_date: vietnamDateOf(now),
      author_user_id: auth.userId,
      author_unit_id: auth.unitId,
      status_after: row.status,
      progress_after: row.progress,
      data: JSON.stringify({
        source: input.source,
        documentNumber: input.documentNumber,
        documentDate: input.documentDate,
      }),
    });
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'task.create',
      entity: 'task',
      entityId: id,
      after: { ...input, ...auditState(row) },
      at: now,
    });
    return id;
  });
}
