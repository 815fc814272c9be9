import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

export type TenantRow = Selectable<DB['tenants']>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The only place with SQL for tenants, their mergers and the city's lookups. */
export function tenantsRepository(db: Db) {
  return {
    city: () => db.selectFrom('tenants').selectAll().where('kind', '=', 'city').executeTakeFirst(),

    /** A tenant by its code, or by its id when the reference is a uuid. */
    find: (ref: string) =>
      db
        .selectFrom('tenants')
        .selectAll()
        .where(UUID.test(ref) ? 'id' : 'code', '=', ref)
        .executeTakeFirst(),

    /** Whether any tenant exists yet (first start seeds an empty database). */
    anyExists: async () => (await db.selectFrom('tenants').select('id').limit(1).executeTakeFirst()) !== undefined,

    byId: (id: string) => db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst(),

    list: (scope: { all: boolean; tenantId: string; wardsOnly?: boolean }) =>
      db
        .selectFrom('tenants')
        .selectAll()
        .$if(!scope.all, (q) => q.where('id', '=', scope.tenantId))
        .$if(scope.wardsOnly === true, (q) => q.where('kind', '!=', 'city'))
        .orderBy('kind')
        .orderBy('name')
        .execute(),

    /** Another tenant already holding a value of a unique column, for a field error before the insert. */
    holderOf: async (column: 'code' | 'agency_code' | 'admin_unit_code', value: string, exceptId?: string) =>
      (
        await db
          .selectFrom('tenants')
          .select(['id', 'code'])
          .where(column, '=', value)
          .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId ?? ''))
          .executeTakeFirst()
      )?.code ?? null,

    insert: (row: Insertable<DB['tenants']>) => db.insertInto('tenants').values(row).execute(),

    update: (id: string, patch: Updateable<DB['tenants']>) =>
      db.updateTable('tenants').set(patch).where('id', '=', id).execute(),

    isActive: async (id: string) =>
      (await db.selectFrom('tenants').select('active').where('id', '=', id).executeTakeFirst())?.active ?? false,

    /** The tenant whose account holds a city-wide username, if any. */
    loginTenantOf: async (username: string) =>
      (await db.selectFrom('user_logins').select('tenant_id').where('username', '=', username).executeTakeFirst())
        ?.tenant_id,

    insertUnits: (rows: Insertable<DB['units']>[]) => db.insertInto('units').values(rows).execute(),

    /** Records a merger; false when the ward already records that former unit. */
    insertMerger: async (row: Insertable<DB['tenant_mergers']>) =>
      (await db
        .insertInto('tenant_mergers')
        .values(row)
        .onConflict((oc) => oc.columns(['tenant_id', 'former_name']).doNothing())
        .returning('id')
        .executeTakeFirst()) !== undefined,

    usernameTaken: async (username: string) =>
      (await db.selectFrom('user_logins').select('username').where('username', '=', username).executeTakeFirst()) !==
      undefined,

    unitsOf: (tenantId: string) =>
      db.selectFrom('units').select(['id', 'code', 'name']).where('tenant_id', '=', tenantId).execute(),

    mergers: (tenantId: string) =>
      db
        .selectFrom('tenant_mergers as m')
        .leftJoin('tenants as f', 'f.id', 'm.former_tenant_id')
        .select([
          'm.id',
          'm.former_name',
          'm.former_code',
          'f.code as former_tenant_code',
          'm.effective_on',
          'm.recorded_at',
        ])
        .where('m.tenant_id', '=', tenantId)
        .orderBy('m.former_name')
        .execute(),
  };
}
export type TenantsRepository = ReturnType<typeof tenantsRepository>;
