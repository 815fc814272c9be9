import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { DB } from '../../../db/generated.js';

/** The only SQL of single-task amendments. Every query filters by the caller's tenant. */
export function amendmentsRepository(db: Db) {
  return {
    list: (tenantId: string, planId: string) =>
      db
        .selectFrom('task_amendments as a')
        .leftJoin('users as p', (j) => j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.proposed_by'))
        .leftJoin('users as d', (j) => j.onRef('d.tenant_id', '=', 'a.tenant_id').onRef('d.id', '=', 'a.decided_by'))
        .leftJoin('units as u', (j) =>
          j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.proposed_unit_id'),
        )
        .selectAll('a')
        .select(['p.full_name as proposed_by_name', 'd.full_name as decided_by_name', 'u.short_name as unit_name'])
        .where('a.tenant_id', '=', tenantId)
        .where('a.plan_id', '=', planId)
        .orderBy('a.proposed_at', 'desc')
        .execute(),

    find: (tenantId: string, id: string, lock = false) =>
      db
        .selectFrom('task_amendments')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .$if(lock, (q) => q.forUpdate())
        .executeTakeFirst(),

    insert: (row: Insertable<DB['task_amendments']>) => db.insertInto('task_amendments').values(row).execute(),

    update: (tenantId: string, id: string, patch: Updateable<DB['task_amendments']>) =>
      db.updateTable('task_amendments').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute(),
  };
}
export type AmendmentRow = NonNullable<Awaited<ReturnType<ReturnType<typeof amendmentsRepository>['find']>>>;
export type AmendmentListRow = Awaited<ReturnType<ReturnType<typeof amendmentsRepository>['list']>>[number];
