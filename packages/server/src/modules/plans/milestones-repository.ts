// The milestones of tasks whose timeframe names several periods ("Quý I và Quý III"): rows of
// `plan_task_milestones` (migration 0015), written with the task rows of each version and read by the tasks
// module for the flags. The only SQL on that table.
import type { Milestone } from '@cchc/domain';
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/** A stored milestone. */
export interface MilestoneRow {
  task_id: string;
  position: number;
  start_date: string | null;
  due_date: string;
  done_on: string | null;
  done_by: string | null;
}

/**
 * The milestones of some tasks, or of every task in force of a plan (`{ planId }`: read without waiting for the
 * task rows), in task and date order; one query whatever the number of tasks.
 */
export async function listMilestones(
  db: Db,
  tenantId: string,
  tasks: readonly string[] | { planId: string },
): Promise<MilestoneRow[]> {
  if (Array.isArray(tasks) && tasks.length === 0) return [];
  // One array parameter: a list of 1,000 tasks would send 1,000.
  const named = Array.isArray(tasks)
    ? sql<boolean>`task_id = any(${[...tasks]}::uuid[])`
    : sql<boolean>`task_id IN (SELECT id FROM plan_tasks WHERE tenant_id = ${tenantId}
        AND plan_id = ${(tasks as { planId: string }).planId} AND removed_in_version IS NULL)`;
  return db
    .selectFrom('plan_task_milestones')
    .select(['task_id', 'position', 'start_date', 'due_date', 'done_on', 'done_by'])
    .where('tenant_id', '=', tenantId)
    .where(named)
    .orderBy('task_id')
    .orderBy('position')
    .execute();
}

/**
 * Rewrites the milestones of the given tasks from their new timeframes. A milestone whose due date is kept keeps
 * its `done_on`: a plan amendment does not undo a deliverable already handed in.
 */
export async function replaceMilestones(
  db: Db,
  tenantId: string,
  tasks: readonly { taskId: string; milestones: readonly Milestone[] }[],
): Promise<void> {
  const ids = tasks.map((t) => t.taskId);
  const before = await listMilestones(db, tenantId, ids);
  const done = new Map(before.map((m) => [`${m.task_id}|${m.due_date}`, m]));
  const rows: Insertable<DB['plan_task_milestones']>[] = tasks.flatMap(({ taskId, milestones }) =>
    milestones.map((m, i) => {
      const kept = done.get(`${taskId}|${m.due}`);
      return {
        ...{ tenant_id: tenantId, task_id: taskId, position: i + 1, start_date: m.start, due_date: m.due },
        ...{ done_on: kept?.done_on ?? null, done_by: kept?.done_by ?? null },
      };
    }),
  );
  if (ids.length > 0) {
    await db.deleteFrom('plan_task_milestones').where('tenant_id', '=', tenantId).where('task_id', 'in', ids).execute();
  }
  if (rows.length > 0) await db.insertInto('plan_task_milestones').values(rows).execute();
}

/** Marks one milestone handed in (or open again with `doneOn` null). */
export async function setMilestoneDone(
  db: Db,
  key: { tenantId: string; taskId: string; position: number },
  doneOn: string | null,
  userId: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('plan_task_milestones')
    .set({ done_on: doneOn, done_by: doneOn === null ? null : userId })
    .where('tenant_id', '=', key.tenantId)
    .where('task_id', '=', key.taskId)
    .where('position', '=', key.position)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
