import type { RegisterKind } from '@cchc/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/** The links between plan tasks and register records; the only SQL of this module. */
export function registerLinksRepository(db: Db) {
  const rdb = db;
  return {
    linksOfTask: (tenantId: string, taskId: string) =>
      rdb
        .selectFrom('task_register_links')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('task_id', '=', taskId)
        .orderBy('linked_at')
        .execute(),

    findLink: (tenantId: string, taskId: string, kind: RegisterKind, recordId: string) =>
      rdb
        .selectFrom('task_register_links')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('task_id', '=', taskId)
        .where('record_kind', '=', kind)
        .where('record_id', '=', recordId)
        .executeTakeFirst(),

    insertLink: (row: Insertable<DB['task_register_links']>) =>
      rdb.insertInto('task_register_links').values(row).execute(),

    /** The tasks of the plan in use a record serves (for the register's own page). */
    tasksOfRecord: (tenantId: string, kind: RegisterKind, recordId: string) =>
      rdb
        .selectFrom('task_register_links as l')
        .innerJoin('plan_tasks as t', (j) => j.onRef('t.tenant_id', '=', 'l.tenant_id').onRef('t.id', '=', 'l.task_id'))
        .select(['t.id', 't.no', 't.content'])
        .where('l.tenant_id', '=', tenantId)
        .where('l.record_kind', '=', kind)
        .where('l.record_id', '=', recordId)
        .orderBy('t.no')
        .execute(),
  };
}
