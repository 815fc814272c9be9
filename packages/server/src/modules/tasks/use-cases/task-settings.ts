import type { TaskSettings } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { tasksRepository } from '../repository.js';
import { loadTaskSettings } from '../task-view.js';

/** Changes the ward's task settings (who accepts, unit-head approval, "due soon" days), audited. */
export async function updateTaskSettings(
  db: Db,
  request: RequestContext,
  patch: Partial<TaskSettings>,
): Promise<TaskSettings> {
  const { auth, now } = request;
  return db.transaction().execute(async (trx) => {
    const repo = tasksRepository(trx);
    const stored = await repo.tenantSettings(auth.tenantId);
    const before = await loadTaskSettings(trx, auth.tenantId);
    const after: TaskSettings = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    };
    await repo.saveTenantSettings(auth.tenantId, { ...stored, tasks: after });
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'task_settings.update',
      entity: 'task_settings',
      entityId: auth.tenantId,
      before,
      after,
      at: now,
    });
    return after;
  });
}

/** Entities of the task follow-up audit trail. */
export const TASK_AUDIT_ENTITIES = ['task', 'task_amendment', 'target_entry', 'task_settings'] as const;

/** The audit trail of task follow-up, or of one task; newest first. */
export async function readTaskAudit(db: Db, tenantId: string, taskId: string | undefined, limit: number) {
  const entities = taskId ? ['task'] : [...TASK_AUDIT_ENTITIES];
  const rows = await tasksRepository(db).auditEntries(tenantId, entities, taskId, limit);
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at.toISOString(),
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
  }));
}
