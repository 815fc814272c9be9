// The SQL of tasks' evidence: the files a unit attaches to show a task done. Part of tasksRepository.
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import { inTaskSet, isEmpty, type TaskSet } from './task-set-repository.js';

export function taskEvidenceQueries(db: Db) {
  return {
    evidence: (tenantId: string, taskIds: readonly string[]) =>
      taskIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('task_evidence')
            .selectAll()
            .where('tenant_id', '=', tenantId)
            .where('task_id', 'in', taskIds)
            .orderBy('added_at')
            .execute(),

    /** Evidence of tasks with who added it, oldest first. */
    evidenceOfTasks: (tenantId: string, taskIds: readonly string[]) =>
      db
        .selectFrom('task_evidence as e')
        .innerJoin('users as us', (j) => j.onRef('us.tenant_id', '=', 'e.tenant_id').onRef('us.id', '=', 'e.added_by'))
        .leftJoin('units as un', (j) => j.onRef('un.tenant_id', '=', 'e.tenant_id').onRef('un.id', '=', 'e.unit_id'))
        .selectAll('e')
        .select(['us.full_name as added_by_name', 'un.short_name as unit_name'])
        .where('e.tenant_id', '=', tenantId)
        .where((eb) => (taskIds.length > 0 ? eb('e.task_id', 'in', taskIds) : eb.lit(false)))
        .orderBy('e.added_at')
        .execute(),

    async evidenceCounts(tenantId: string, tasks: TaskSet): Promise<Map<string, number>> {
      if (isEmpty(tasks)) return new Map();
      const rows = await db
        .selectFrom('task_evidence')
        .select(['task_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('tenant_id', '=', tenantId)
        .where(inTaskSet('task_id', tenantId, tasks))
        .groupBy('task_id')
        .execute();
      return new Map(rows.map((r) => [r.task_id, Number(r.n)]));
    },

    findEvidence: (tenantId: string, taskId: string, evidenceId: string) =>
      db
        .selectFrom('task_evidence')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('task_id', '=', taskId)
        .where('id', '=', evidenceId)
        .executeTakeFirst(),

    insertEvidence: (row: Insertable<DB['task_evidence']>) =>
      db.insertInto('task_evidence').values(row).returningAll().executeTakeFirstOrThrow(),
  };
}
