import type { Insertable } from 'kysely';
import { anyUuid } from '../../db/any-of.js';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/** The SQL of the tasks the city assigns (target b): its own rows and the ward task each became. */
export function cityTasksRepository(db: Db) {
  return {
    insert: (row: Insertable<DB['city_tasks']>) => db.insertInto('city_tasks').values(row).execute(),

    /** Links a ward's plan task to the city task it came from. */
    insertAssignment: (row: Insertable<DB['city_task_assignments']>) =>
      db.insertInto('city_task_assignments').values(row).execute(),

    /** The city's tasks, newest first. */
    list: (cityTenantId: string) =>
      db
        .selectFrom('city_tasks')
        .selectAll()
        .where('tenant_id', '=', cityTenantId)
        .orderBy('created_at', 'desc')
        .execute(),

    /** The tasks the wards hold for some city tasks, with their progress: one row per (city task, ward) reached. */
    assignedTasks: (cityTaskIds: readonly string[]) =>
      cityTaskIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('city_task_assignments as a')
            .innerJoin('plan_tasks as t', (j) =>
              j.onRef('t.tenant_id', '=', 'a.tenant_id').onRef('t.id', '=', 'a.task_id'),
            )
            .select(['a.city_task_id', 'a.tenant_id', 't.id', 't.status', 't.progress', 't.completed_on', 't.due_date'])
            .where('a.city_task_id', '=', anyUuid(cityTaskIds))
            .execute(),
  };
}
