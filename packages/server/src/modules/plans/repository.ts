import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/** A version's row without its (large) parsed document. */
const VERSION_SUMMARY = [
  'version',
  'kind',
  'status',
  'source_file_name',
  'source_format',
  'source_sha256',
  'base_version',
  'changes',
  'note',
  'decision_note',
  'created_by',
  'created_at',
  'decided_by',
  'decided_at',
] as const;

/** The only place with SQL for plans. Every query filters by tenant_id: another tenant's plan is not found. */
export function planRepository(db: Db) {
  return {
    /** Serialises imports and decisions on one tenant's plan of a year until the transaction ends. */
    async lockYear(tenantId: string, year: number): Promise<void> {
      await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`plan:${tenantId}:${year}`}, 0))`.execute(db);
    },

    findPlan: (tenantId: string, id: string) =>
      db.selectFrom('plans').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst(),

    findPlanByYear: (tenantId: string, year: number) =>
      db.selectFrom('plans').selectAll().where('tenant_id', '=', tenantId).where('year', '=', year).executeTakeFirst(),

    listPlans: (tenantId: string) =>
      db.selectFrom('plans').selectAll().where('tenant_id', '=', tenantId).orderBy('year', 'desc').execute(),

    insertPlan: (row: Insertable<DB['plans']>) => db.insertInto('plans').values(row).execute(),

    updatePlan: (tenantId: string, id: string, patch: Updateable<DB['plans']>) =>
      db.updateTable('plans').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute(),

    async nextVersion(tenantId: string, planId: string): Promise<number> {
      const row = await db
        .selectFrom('plan_versions')
        .select((eb) => eb.fn.max('version').as('last'))
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .executeTakeFirst();
      return (row?.last ?? 0) + 1;
    },

    insertVersion: (row: Insertable<DB['plan_versions']>) => db.insertInto('plan_versions').values(row).execute(),

    updateVersion: (tenantId: string, planId: string, version: number, patch: Updateable<DB['plan_versions']>) =>
      db
        .updateTable('plan_versions')
        .set(patch)
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .where('version', '=', version)
        .execute(),

    findVersion: (tenantId: string, planId: string, version: number) =>
      db
        .selectFrom('plan_versions')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .where('version', '=', version)
        .executeTakeFirst(),

    listVersions: (tenantId: string, planId: string) =>
      db
        .selectFrom('plan_versions')
        .select(VERSION_SUMMARY)
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .orderBy('version')
        .execute(),

    /** Hashes of every version's file, to refuse importing one of them again. */
    versionHashes: (tenantId: string, planId: string) =>
      db
        .selectFrom('plan_versions')
        .select(['version', 'source_sha256', 'status'])
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .execute(),

    /** Tasks of a plan in table order; removed ones only when asked for. */
    listTasks: (tenantId: string, planId: string, options: { withRemoved?: boolean } = {}) =>
      db
        .selectFrom('plan_tasks')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .$if(!options.withRemoved, (b) => b.where('removed_in_version', 'is', null))
        .orderBy(sql`no IS NULL`)
        .orderBy('no')
        .orderBy('source_ref')
        .execute(),

    listTaskUnits: (tenantId: string, planId: string) =>
      db
        .selectFrom('plan_task_units as tu')
        .innerJoin('plan_tasks as t', (j) =>
          j.onRef('t.tenant_id', '=', 'tu.tenant_id').onRef('t.id', '=', 'tu.task_id'),
        )
        .innerJoin('units as u', (j) => j.onRef('u.tenant_id', '=', 'tu.tenant_id').onRef('u.id', '=', 'tu.unit_id'))
        .select(['tu.task_id', 'tu.role', 'tu.position', 'u.id', 'u.code', 'u.name', 'u.short_name'])
        .where('tu.tenant_id', '=', tenantId)
        .where('t.plan_id', '=', planId)
        .orderBy('tu.position')
        .execute(),

    async insertTasks(rows: Insertable<DB['plan_tasks']>[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('plan_tasks').values(rows).execute();
    },

    updateTask: (tenantId: string, id: string, patch: Updateable<DB['plan_tasks']>) =>
      db.updateTable('plan_tasks').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute(),

    async replaceTaskUnits(tenantId: string, taskIds: string[], rows: Insertable<DB['plan_task_units']>[]) {
      if (taskIds.length > 0) {
        await db
          .deleteFrom('plan_task_units')
          .where('tenant_id', '=', tenantId)
          .where('task_id', 'in', taskIds)
          .execute();
      }
      if (rows.length > 0) await db.insertInto('plan_task_units').values(rows).execute();
    },

    async replaceTargets(tenantId: string, planId: string, rows: Insertable<DB['plan_targets']>[]) {
      await db.deleteFrom('plan_targets').where('tenant_id', '=', tenantId).where('plan_id', '=', planId).execute();
      if (rows.length > 0) await db.insertInto('plan_targets').values(rows).execute();
    },

    async replaceReportPeriods(tenantId: string, planId: string, rows: Insertable<DB['plan_report_periods']>[]) {
      await db
        .deleteFrom('plan_report_periods')
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .execute();
      if (rows.length > 0) await db.insertInto('plan_report_periods').values(rows).execute();
    },

    listTargets: (tenantId: string, planId: string) =>
      db
        .selectFrom('plan_targets')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .orderBy('position')
        .execute(),

    listReportPeriods: (tenantId: string, planId: string) =>
      db
        .selectFrom('plan_report_periods')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .orderBy('due_date')
        .execute(),

    listUnits: (tenantId: string) =>
      db
        .selectFrom('units')
        .select(['id', 'code', 'name', 'short_name', 'aliases'])
        .where('tenant_id', '=', tenantId)
        .where('active', '=', true)
        .orderBy('name')
        .execute(),

    setUnitAliases: (tenantId: string, unitId: string, aliases: string[]) =>
      db.updateTable('units').set({ aliases }).where('tenant_id', '=', tenantId).where('id', '=', unitId).execute(),

    tenantSettings: (tenantId: string) =>
      db.selectFrom('tenants').select(['settings', 'code']).where('id', '=', tenantId).executeTakeFirst(),

    async userNames(tenantId: string, ids: (string | null)[]): Promise<Map<string, string>> {
      const wanted = [...new Set(ids.filter((id) => id !== null))];
      if (wanted.length === 0) return new Map();
      const rows = await db
        .selectFrom('users')
        .select(['id', 'full_name'])
        .where('tenant_id', '=', tenantId)
        .where('id', 'in', wanted)
        .execute();
      return new Map(rows.map((r) => [r.id, r.full_name]));
    },
  };
}

export type PlanRepository = ReturnType<typeof planRepository>;
export type PlanRow = NonNullable<Awaited<ReturnType<PlanRepository['findPlan']>>>;
export type PlanTaskRow = Awaited<ReturnType<PlanRepository['listTasks']>>[number];
export type PlanTaskUnitRow = Awaited<ReturnType<PlanRepository['listTaskUnits']>>[number];
export type PlanVersionRow = NonNullable<Awaited<ReturnType<PlanRepository['findVersion']>>>;
export type PlanVersionSummary = Awaited<ReturnType<PlanRepository['listVersions']>>[number];
export type TenantUnitRow = Awaited<ReturnType<PlanRepository['listUnits']>>[number];
