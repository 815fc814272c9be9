import { randomUUID } from 'node:crypto';
import { type TaskActor, vietnamDateOf } from '@cchc/domain';
import type { TaskUpdateKind } from '../../../db/column-types.js';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { taskRuleError } from '../messages.js';
import { auditState } from '../presenter.js';
import { type TaskRow, type TaskRowPatch, type TasksRepository, tasksRepository } from '../repository.js';
import { loadTaskScope, loadTaskViews, type TaskScope, type TaskView } from '../task-view.js';

/** What a change works with, inside its transaction, the task row locked. */
export interface TaskChange extends RequestContext {
  trx: Db;
  repo: TasksRepository;
  scope: TaskScope;
  view: TaskView;
}

/** The user as task rights see it. */
export const actorOf = (auth: AuthContext): TaskActor => ({ roles: auth.roles, unitId: auth.unitId });

/**
 * Runs a change of one task in a transaction with the task row locked, so two concurrent reviews cannot both
 * pass their state check. Another tenant's task answers 404; a closed plan or a dropped task, 409.
 */
export async function changeTask<T>(
  db: Db,
  request: RequestContext,
  taskId: string,
  work: (change: TaskChange) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const repo = tasksRepository(trx);
    const row = await repo.findTask(request.auth.tenantId, taskId, true);
    if (!row) throw new AppError('not_found');
    const scope = await loadTaskScope(trx, request.auth.tenantId, request.now, row.plan_id);
    if (!scope) throw new AppError('not_found');
    const [view] = await loadTaskViews(trx, scope, [row], actorOf(request.auth));
    if (!view) throw new AppError('not_found');
    return work({ ...request, trx, repo, scope, view });
  });
}

/** Refuses with 403 unless the right holds; refuses writes on a closed plan or a dropped task with 409. */
export function requireRight(change: TaskChange, allowed: boolean): void {
  if (!allowed) throw new AppError('forbidden');
  if (change.scope.plan.status === 'closed') throw taskRuleError('plan_closed', change.lang);
  if (change.view.row.removed_in_version !== null) throw taskRuleError('task_dropped', change.lang);
}

/** What a change records in the task's timeline. */
export interface TimelineEntry {
  kind: TaskUpdateKind;
  comment?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Applies a patch to the task's execution columns, appends the timeline entry and the audit entry (before and
 * after), all in the change's transaction. Returns the row after and the entry's id.
 */
export async function applyTaskChange(
  change: TaskChange,
  patch: TaskRowPatch,
  entry: TimelineEntry,
): Promise<{ row: TaskRow; updateId: string }> {
  const { auth, now, repo, view } = change;
  const before = view.row;
  const after = await repo.setExecution(auth.tenantId, before.id, { ...patch, last_update_at: now });
  const updateId = randomUUID();
  await repo.insertUpdate({
    tenant_id: auth.tenantId,
    id: updateId,
    task_id: before.id,
    kind: entry.kind,
    at: now,
    on_date: vietnamDateOf(now),
    author_user_id: auth.userId,
    author_unit_id: auth.unitId,
    status_after: after.status,
    progress_after: after.progress,
    comment: entry.comment ?? null,
    data: JSON.stringify(entry.data ?? {}),
  });
  await recordAudit(change.trx, {
    tenantId: auth.tenantId,
    actorUserId: auth.userId,
    action: `task.${entry.kind}`,
    entity: 'task',
    entityId: before.id,
    before: auditState(before),
    after: { ...auditState(after), ...(entry.comment ? { comment: entry.comment } : {}), ...entry.data },
    at: now,
  });
  return { row: after, updateId };
}
