import type { FocalUnitFacts, Role } from '@cchc/domain';
import { sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Units } from '../../db/generated.js';
import { AppError } from '../../errors.js';
import type { AuthContext } from '../../http/policy.js';

export interface UserProfile {
  tenant: { id: string; code: string; name: string; kind: string };
  unit: { id: string; name: string; shortName: string } | null;
}

/** The only place with SQL for tenants, units and users. Every tenant-owned query filters by tenant_id. */
export function orgRepository(db: Db) {
  return {
    async loadProfile(auth: AuthContext): Promise<UserProfile> {
      const tenant = await db
        .selectFrom('tenants')
        .select(['id', 'code', 'name', 'kind'])
        .where('id', '=', auth.tenantId)
        .executeTakeFirstOrThrow();
      const unit = auth.unitId
        ? await db
            .selectFrom('units')
            .select(['id', 'name', 'short_name as shortName'])
            .where('tenant_id', '=', auth.tenantId)
            .where('id', '=', auth.unitId)
            .executeTakeFirst()
        : undefined;
      return { tenant, unit: unit ?? null };
    },

    listTenants: (scope: { all: boolean; tenantId: string }) =>
      db
        .selectFrom('tenants')
        .selectAll()
        .$if(!scope.all, (q) => q.where('id', '=', scope.tenantId))
        .orderBy('kind')
        .orderBy('name')
        .execute(),

    findTenantByCode: (code: string) =>
      db.selectFrom('tenants').selectAll().where('code', '=', code).executeTakeFirst(),

    listUnits: (tenantId: string) =>
      db.selectFrom('units').selectAll().where('tenant_id', '=', tenantId).orderBy('name').execute(),

    findUnitByCode: (tenantId: string, code: string) =>
      db.selectFrom('units').select('id').where('tenant_id', '=', tenantId).where('code', '=', code).executeTakeFirst(),

    /** A unit of the tenant; `forUpdate` locks its row for the transaction's edit. */
    findUnit: (tenantId: string, id: string, opts: { forUpdate?: boolean } = {}) =>
      db
        .selectFrom('units')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .$if(opts.forUpdate === true, (q) => q.forUpdate())
        .executeTakeFirst(),

    updateUnit: (tenantId: string, id: string, set: Updateable<Units>) =>
      db
        .updateTable('units')
        .set(set)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow(),

    listUsers: (tenantId: string) =>
      db
        .selectFrom('users')
        .select(['id', 'tenant_id', 'unit_id', 'username', 'full_name', 'email', 'roles', 'active', 'created_at'])
        .where('tenant_id', '=', tenantId)
        .orderBy('username')
        .execute(),

    /** What the ward states about its PAR focal unit: its active units, its setting, its coordinators' units. */
    async focalUnitFacts(tenantId: string): Promise<FocalUnitFacts> {
      const [units, tenant, coordinators] = await Promise.all([
        db
          .selectFrom('units')
          .select(['id', 'code'])
          .where('tenant_id', '=', tenantId)
          .where('active', '=', true)
          .execute(),
        db.selectFrom('tenants').select('settings').where('id', '=', tenantId).executeTakeFirst(),
        db
          .selectFrom('users')
          .select('unit_id')
          .where('tenant_id', '=', tenantId)
          .where('active', '=', true)
          .where('unit_id', 'is not', null)
          .where('roles', '@>', sql<Role[]>`ARRAY['coordinator']::text[]`)
          .orderBy('created_at')
          .execute(),
      ]);
      const settingCode = tenant?.settings.planCoordinatorUnitCode;
      return { units, settingCode, coordinatorUnitIds: coordinators.flatMap((c) => (c.unit_id ? [c.unit_id] : [])) };
    },
  };
}
export type OrgRepository = ReturnType<typeof orgRepository>;

/** A unit of the caller's tenant, or 404: another tenant's record is indistinguishable from a missing one. */
export async function unitOfTenant(repo: OrgRepository, tenantId: string, unitId: string) {
  const unit = await repo.findUnit(tenantId, unitId);
  if (!unit) throw new AppError('not_found');
  return unit;
}
