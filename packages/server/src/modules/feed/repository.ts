import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

// Matches no ward: a key scoped to an empty list reads nothing (`IN ()` is not valid SQL).
const NO_WARD = '00000000-0000-0000-0000-000000000000';

/** The only place with SQL for the IOC feed: its keys, its call log and the rows its figures read directly. */
export function feedRepository(db: Db) {
  return {
    /** The city's wards, communes and special zones (every tenant but the city). */
    wards: () => db.selectFrom('tenants').select(['id', 'code']).where('kind', '!=', 'city').execute(),

    /** Every tenant's code by id, to print a key's scope. */
    tenantCodes: () => db.selectFrom('tenants').select(['id', 'code']).execute(),

    /** The wards a key may read, by code; `null` is every ward. */
    wardsInScope: (wardIds: string[] | null) =>
      db
        .selectFrom('tenants')
        .select(['id', 'code', 'name', 'kind', 'admin_unit_code', 'active'])
        .where('kind', '!=', 'city')
        .$if(wardIds !== null, (q) => q.where('id', 'in', wardIds && wardIds.length > 0 ? wardIds : [NO_WARD]))
        .orderBy('code')
        .execute(),

    /** A plan's tasks in force, as the progress figures count them. */
    planTasks: (tenantId: string, planId: string) =>
      db
        .selectFrom('plan_tasks')
        .select(['area_code', 'status', 'due_date'])
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .where('removed_in_version', 'is', null)
        .execute(),

    insertKey: (row: Insertable<DB['feed_keys']>) => db.insertInto('feed_keys').values(row).execute(),

    keys: (tenantId: string) =>
      db.selectFrom('feed_keys').selectAll().where('tenant_id', '=', tenantId).orderBy('created_at').execute(),

    /** A key by its id or by its printed prefix. */
    findKey: (tenantId: string, by: 'id' | 'key_prefix', ref: string) =>
      db.selectFrom('feed_keys').selectAll().where('tenant_id', '=', tenantId).where(by, '=', ref).executeTakeFirst(),

    keyByHash: (hash: Buffer) => db.selectFrom('feed_keys').selectAll().where('key_hash', '=', hash).executeTakeFirst(),

    revokeKey: (tenantId: string, id: string, now: Date) =>
      db
        .updateTable('feed_keys')
        .set({ revoked_at: now })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute(),

    logCall: (row: Insertable<DB['feed_calls']>) => db.insertInto('feed_calls').values(row).execute(),
  };
}
