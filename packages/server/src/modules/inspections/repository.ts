import type { InspectionStatus } from '@cchc/domain';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/** The only place with SQL for inspection plans, inspections, findings and follow-ups. Filters by tenant. */
export function inspectionRepository(db: Db) {
  const idb = db;
  const inspectionsOf = (tenantId: string) => idb.selectFrom('inspections').where('tenant_id', '=', tenantId);
  return {
    plans: (tenantId: string, year: number | undefined) =>
      idb
        .selectFrom('inspection_plans')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .$if(year !== undefined, (q) => q.where('year', '=', year ?? 0))
        .orderBy('year', 'desc')
        .orderBy('created_at')
        .execute(),

    findPlan: (tenantId: string, id: string) =>
      idb
        .selectFrom('inspection_plans')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst(),

    insertPlan: (row: Insertable<DB['inspection_plans']>) => idb.insertInto('inspection_plans').values(row).execute(),

    inspections: (tenantId: string, filter: { planIds?: readonly string[]; statuses?: readonly InspectionStatus[] }) =>
      inspectionsOf(tenantId)
        .selectAll()
        // An empty list of plans matches nothing: `IN ('')` on a uuid column is an error, not an empty answer.
        .$if(filter.planIds !== undefined, (q) =>
          q.where((eb) => (filter.planIds?.length ? eb('plan_id', 'in', filter.planIds) : eb.lit(false))),
        )
        .$if(!!filter.statuses?.length, (q) => q.where('status', 'in', filter.statuses ?? []))
        .orderBy('planned_from')
        .execute(),

    find: (tenantId: string, id: string) => inspectionsOf(tenantId).selectAll().where('id', '=', id).executeTakeFirst(),

    lock: (tenantId: string, id: string) =>
      inspectionsOf(tenantId).selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

    insert: (row: Insertable<DB['inspections']>) => idb.insertInto('inspections').values(row).execute(),

    update: (tenantId: string, id: string, patch: Updateable<DB['inspections']>) =>
      idb
        .updateTable('inspections')
        .set(patch)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow(),

    /** Concluded inspections, for the coverage of a year (filtered by the domain in Vietnam's calendar). */
    concluded: (tenantId: string) =>
      inspectionsOf(tenantId).select(['unit_id', 'status', 'concluded_at']).where('status', '=', 'concluded').execute(),

    findings: (tenantId: string, inspectionId: string) =>
      idb
        .selectFrom('inspection_findings')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('inspection_id', '=', inspectionId)
        .orderBy('created_at')
        .execute(),

    addFinding: (row: Insertable<DB['inspection_findings']>) =>
      idb.insertInto('inspection_findings').values(row).execute(),

    followUps: (tenantId: string, inspectionId: string) =>
      idb
        .selectFrom('inspection_follow_ups')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('inspection_id', '=', inspectionId)
        .orderBy('due_on')
        .execute(),

    findFollowUp: (tenantId: string, inspectionId: string, id: string) =>
      idb
        .selectFrom('inspection_follow_ups')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('inspection_id', '=', inspectionId)
        .where('id', '=', id)
        .executeTakeFirst(),

    addFollowUp: (row: Insertable<DB['inspection_follow_ups']>) =>
      idb.insertInto('inspection_follow_ups').values(row).execute(),

    updateFollowUp: (tenantId: string, id: string, patch: Updateable<DB['inspection_follow_ups']>) =>
      idb
        .updateTable('inspection_follow_ups')
        .set(patch)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute(),
  };
}

export type InspectionRepository = ReturnType<typeof inspectionRepository>;
