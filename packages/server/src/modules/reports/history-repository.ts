import type { Db } from '../../db/database.js';
import type { TaskRow } from '../tasks/repository.js';

/**
 * The history a report reads its figures from (docs/DOMAIN.md §7: the state at the window's end): the plan's
 * versions with the moment each came into force, tasks dropped since, status changes and approved timeframe
 * changes. The reports module's SQL over the tasks module's tables, read only, always filtered by tenant first.
 */
export function reportHistoryRepository(db: Db) {
  const tdb = db;
  return {
    versions: (tenantId: string, planId: string) =>
      tdb
        .selectFrom('plan_versions')
        .select(['version', 'kind', 'created_at', 'decided_at'])
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .execute(),

    /** Tasks an amendment dropped: they still count in a window that closed before the drop. */
    removedTasks: (tenantId: string, planId: string): Promise<TaskRow[]> =>
      tdb
        .selectFrom('plan_tasks')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .where('removed_in_version', 'is not', null)
        .execute(),

    /** Status changes of the plan's tasks before a moment. */
    updatesBefore: (tenantId: string, planId: string, before: Date) =>
      tdb
        .selectFrom('task_updates as u')
        .innerJoin('plan_tasks as t', (j) => j.onRef('t.tenant_id', '=', 'u.tenant_id').onRef('t.id', '=', 'u.task_id'))
        .select(['u.task_id', 'u.kind', 'u.at', 'u.status_after'])
        .where('u.tenant_id', '=', tenantId)
        .where('t.plan_id', '=', planId)
        .where('u.status_after', 'is not', null)
        .where('u.at', '<', before)
        .execute(),

    /** The first assignment of each task assigned by the city or the chairman: when it came into force. */
    assignedAt: (tenantId: string, planId: string) =>
      tdb
        .selectFrom('task_updates as u')
        .innerJoin('plan_tasks as t', (j) => j.onRef('t.tenant_id', '=', 'u.tenant_id').onRef('t.id', '=', 'u.task_id'))
        .select((eb) => ['u.task_id', eb.fn.min('u.at').as('at')])
        .where('u.tenant_id', '=', tenantId)
        .where('t.plan_id', '=', planId)
        .where('u.kind', '=', 'assign')
        .groupBy('u.task_id')
        .execute(),

    /** Approved changes of a task, with the task's fields before them, decided at or after a moment. */
    changesSince: (tenantId: string, planId: string, since: Date) =>
      tdb
        .selectFrom('task_amendments')
        .select(['task_id', 'before', 'decided_at'])
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .where('action', '=', 'change')
        .where('status', '=', 'approved')
        .where('decided_at', '>=', since)
        .execute(),
  };
}
