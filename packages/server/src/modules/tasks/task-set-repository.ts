// How a read of the tasks module names the tasks it is about: by id, or a plan's (see TaskSet).
import { sql } from 'kysely';

/** Rows of some tasks: one array parameter, not a thousand (`IN ($2, …, $1001)` costs to build, send and plan). */
export const ofTasks = (taskIds: readonly string[]) => sql<string>`any(${[...taskIds]}::uuid[])`;

/**
 * Some tasks: by id, or every task in force of a plan (`recurring`: its recurring ones only). By plan, a read
 * need not wait for the task rows to know their ids: the unfiltered list sends it alongside them.
 */
export type TaskSet = readonly string[] | { planId: string; recurring?: boolean };

/** `column` names a task of `set`; for a plan, a sub-select of its task ids the planner joins. */
export function inTaskSet(column: string, tenantId: string, set: TaskSet) {
  if (isTaskIds(set)) return sql<boolean>`${sql.ref(column)} = ${ofTasks(set)}`;
  const recurring = set.recurring ? sql` AND timeframe_kind = 'recurring'` : sql``;
  return sql<boolean>`${sql.ref(column)} IN (SELECT id FROM plan_tasks WHERE tenant_id = ${tenantId}
    AND plan_id = ${set.planId} AND removed_in_version IS NULL${recurring})`;
}

/** The ids of `set` as rows of one column `id`, to join or to read beside. */
export function taskIdRows(tenantId: string, set: TaskSet) {
  if (isTaskIds(set)) return sql`(SELECT unnest(${[...set]}::uuid[]) AS id)`;
  const recurring = set.recurring ? sql` AND timeframe_kind = 'recurring'` : sql``;
  return sql`(SELECT id FROM plan_tasks WHERE tenant_id = ${tenantId} AND plan_id = ${set.planId}
    AND removed_in_version IS NULL${recurring})`;
}

const isTaskIds = (set: TaskSet): set is readonly string[] => Array.isArray(set);
export const isEmpty = (set: TaskSet) => isTaskIds(set) && set.length === 0;
