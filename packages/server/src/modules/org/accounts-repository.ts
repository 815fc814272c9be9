import type { TenantKind } from '@cchc/domain';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Users } from '../../db/generated.js';

/** The tenant an account lives in, as the grant rules need it. */
export interface TenantOfGrant {
  id: string;
  kind: TenantKind;
  parent_id: string | null;
}

/** Whose accounts a caller manages: its own tenant's, and for the city admin also those of the city's wards. */
export interface ManagedScope {
  tenantId: string;
  withWards: boolean;
}

/** The SQL for creating and editing accounts (the grant rules decide in use-cases/, not here). */
export function accountsRepository(db: Db) {
  return {
    findGrantTenant: (id: string): Promise<TenantOfGrant | undefined> =>
      db.selectFrom('tenants').select(['id', 'kind', 'parent_id']).where('id', '=', id).executeTakeFirst(),

    findManagedUser: (scope: ManagedScope, userId: string) =>
      db
        .selectFrom('users as u')
        .innerJoin('tenants as t', 't.id', 'u.tenant_id')
        .select(['u.tenant_id', 'u.id', 'u.unit_id', 'u.username', 'u.full_name', 'u.email', 'u.roles', 'u.active'])
        .select(['t.kind as tenant_kind', 't.parent_id'])
        .where('u.id', '=', userId)
        .where((eb) =>
          scope.withWards
            ? eb.or([eb('u.tenant_id', '=', scope.tenantId), eb('t.parent_id', '=', scope.tenantId)])
            : eb('u.tenant_id', '=', scope.tenantId),
        )
        .executeTakeFirst(),

    /** Claims a city-wide username; false when another account (of any ward) has it. */
    claimLogin: async (username: string, tenantId: string, userId: string): Promise<boolean> =>
      (await db
        .insertInto('user_logins')
        .values({ username, tenant_id: tenantId, user_id: userId })
        .onConflict((oc) => oc.column('username').doNothing())
        .returning('username')
        .executeTakeFirst()) !== undefined,

    insertUser: (row: Insertable<Users>) => db.insertInto('users').values(row).execute(),

    updateUser: (tenantId: string, id: string, set: Updateable<Users>) =>
      db
        .updateTable('users')
        .set(set)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .returning(['id', 'unit_id', 'username', 'full_name', 'email', 'roles', 'active'])
        .executeTakeFirstOrThrow(),
  };
}
