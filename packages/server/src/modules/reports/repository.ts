import { randomUUID } from 'node:crypto';
import type { IsoDate, ReportPeriod, Role } from '@cchc/domain';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/** A plan and period a report or a unit's report belongs to. */
export interface PeriodKey {
  tenantId: string;
  planId: string;
  period: ReportPeriod;
}

/** The only SQL of the reports module. Every query filters by the caller's tenant. */
export function reportsRepository(db: Db) {
  const rdb = db;
  /** The sendings of one report, each a row (`version` is the version sent). */
  const dispatchesOf = (tenantId: string, reportId: string) =>
    rdb.selectFrom('report_dispatches').selectAll().where('tenant_id', '=', tenantId).where('report_id', '=', reportId);
  return {
    settings: (tenantId: string) =>
      rdb.selectFrom('report_settings').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst(),

    saveSettings: (row: Insertable<DB['report_settings']>) =>
      rdb
        .insertInto('report_settings')
        .values(row)
        .onConflict((oc) =>
          oc.column('tenant_id').doUpdateSet({
            window_mode: row.window_mode,
            remind_working_days: row.remind_working_days,
            recipients: row.recipients,
            archive: row.archive,
            updated_by: row.updated_by,
            updated_at: row.updated_at,
          }),
        )
        .execute(),

    /** The ward, its city's name (for the default recipients) and the chairman who signs. */
    async tenantInfo(tenantId: string) {
      const tenant = await rdb
        .selectFrom('tenants as t')
        .leftJoin('tenants as p', 'p.id', 't.parent_id')
        .select(['t.id', 't.code', 't.name', 't.short_name', 'p.name as parent_name'])
        .where('t.id', '=', tenantId)
        .executeTakeFirstOrThrow();
      const chairman = await rdb
        .selectFrom('users')
        .select('full_name')
        .where('tenant_id', '=', tenantId)
        .where('active', '=', true)
        .where('roles', '@>', sql<Role[]>`ARRAY['chairman']::text[]`)
        .orderBy('created_at')
        .executeTakeFirst();
      return { ...tenant, chairman: chairman?.full_name ?? null };
    },

    /** The plan of a year, with its title. */
    planOfYear: (tenantId: string, year: number) =>
      rdb
        .selectFrom('plans')
        .select(['id', 'year', 'title', 'status', 'current_version'])
        .where('tenant_id', '=', tenantId)
        .where('year', '=', year)
        .executeTakeFirst(),

    /** Tenants with a plan in use, for the reminders job. */
    plansInUse: () =>
      rdb.selectFrom('plans').select(['tenant_id', 'id', 'year']).where('status', '=', 'in_use').execute(),

    /** The units that lead or own a task of the plan in force: the units expected to report. */
    async reportingUnits(tenantId: string, planId: string) {
      return rdb
        .selectFrom('units as u')
        .select(['u.id', 'u.code', 'u.name', 'u.short_name'])
        .where('u.tenant_id', '=', tenantId)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('plan_tasks as t')
              .leftJoin('plan_task_units as tu', (j) =>
                j.onRef('tu.tenant_id', '=', 't.tenant_id').onRef('tu.task_id', '=', 't.id').on('tu.role', '=', 'lead'),
              )
              .select('t.id')
              .whereRef('t.tenant_id', '=', 'u.tenant_id')
              .where('t.plan_id', '=', planId)
              .where('t.removed_in_version', 'is', null)
              .where((w) => w.or([w('t.owner_unit_id', '=', w.ref('u.id')), w('tu.unit_id', '=', w.ref('u.id'))])),
          ),
        )
        .orderBy('u.name')
        .execute();
    },

    /** The tasks in force a unit owns or leads, in appendix order. */
    unitTasks: (tenantId: string, planId: string, unitId: string) =>
      rdb
        .selectFrom('plan_tasks as t')
        .select([
          't.id',
          't.no',
          't.content',
          't.area_code',
          't.status',
          't.progress',
          't.due_date',
          't.triggered_due_date',
        ])
        .where('t.tenant_id', '=', tenantId)
        .where('t.plan_id', '=', planId)
        .where('t.removed_in_version', 'is', null)
        .where((eb) =>
          eb.or([
            eb('t.owner_unit_id', '=', unitId),
            eb.exists(
              eb
                .selectFrom('plan_task_units as tu')
                .select('tu.task_id')
                .whereRef('tu.tenant_id', '=', 't.tenant_id')
                .whereRef('tu.task_id', '=', 't.id')
                .where('tu.role', '=', 'lead')
                .where('tu.unit_id', '=', unitId),
            ),
          ]),
        )
        .orderBy('t.no', (o) => o.asc().nullsLast())
        .orderBy('t.content')
        .execute(),

    /** Timeline entries of some tasks dated inside a window (Vietnam's dates), oldest first. */
    async taskUpdatesIn(tenantId: string, taskIds: readonly string[], start: IsoDate, end: IsoDate) {
      if (taskIds.length === 0) return [];
      return rdb
        .selectFrom('task_updates')
        .select(['task_id', 'kind', 'on_date', 'comment', 'progress_after', 'status_after'])
        .where('tenant_id', '=', tenantId)
        .where('task_id', 'in', taskIds)
        .where('kind', 'in', ['progress', 'contribution', 'submit', 'accept', 'trigger'])
        .where('on_date', '>=', start)
        .where('on_date', '<=', end)
        .orderBy('at')
        .execute();
    },

    submissionsOf: ({ tenantId, planId, period }: PeriodKey) =>
      rdb
        .selectFrom('report_submissions')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .where('period', '=', period)
        .execute(),

    findSubmission: ({ tenantId, planId, period }: PeriodKey, unitId: string, lock = false) =>
      rdb
        .selectFrom('report_submissions')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .where('period', '=', period)
        .where('unit_id', '=', unitId)
        .$if(lock, (q) => q.forUpdate())
        .executeTakeFirst(),

    insertSubmission: (row: Insertable<DB['report_submissions']>) =>
      rdb.insertInto('report_submissions').values(row).returningAll().executeTakeFirstOrThrow(),

    updateSubmission: (tenantId: string, id: string, patch: Updateable<DB['report_submissions']>) =>
      rdb
        .updateTable('report_submissions')
        .set(patch)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow(),

    async addSubmissionEvent(e: {
      tenantId: string;
      submissionId: string;
      action: 'submit' | 'return' | 'accept';
      at: Date;
      actorUserId: string;
      comment: string | null;
    }) {
      const last = await rdb
        .selectFrom('report_submission_events')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('tenant_id', '=', e.tenantId)
        .where('submission_id', '=', e.submissionId)
        .executeTakeFirst();
      await rdb
        .insertInto('report_submission_events')
        .values({
          tenant_id: e.tenantId,
          submission_id: e.submissionId,
          seq: Number(last?.seq ?? 0) + 1,
          action: e.action,
          at: e.at,
          actor_user_id: e.actorUserId,
          comment: e.comment,
        })
        .execute();
    },

    submissionEvents: (tenantId: string, submissionId: string) =>
      rdb
        .selectFrom('report_submission_events as e')
        .innerJoin('users as u', (j) =>
          j.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.id', '=', 'e.actor_user_id'),
        )
        .select(['e.seq', 'e.action', 'e.at', 'e.comment', 'u.full_name'])
        .where('e.tenant_id', '=', tenantId)
        .where('e.submission_id', '=', submissionId)
        .orderBy('e.seq', 'desc')
        .execute(),

    findReport: ({ tenantId, planId, period }: PeriodKey, lock = false) =>
      rdb
        .selectFrom('reports')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .where('period', '=', period)
        .$if(lock, (q) => q.forUpdate())
        .executeTakeFirst(),

    /** Creates the report row on its first version; a concurrent creation waits on the unique key, then updates. */
    async nextVersion(key: PeriodKey, userId: string, now: Date): Promise<{ id: string; version: number }> {
      const row = await rdb
        .insertInto('reports')
        .values({
          tenant_id: key.tenantId,
          id: randomUUID(),
          plan_id: key.planId,
          period: key.period,
          latest_version: 1,
          created_by: userId,
          created_at: now,
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'plan_id', 'period'])
            .doUpdateSet({ latest_version: sql<number>`reports.latest_version + 1` }),
        )
        .returning(['id', 'latest_version'])
        .executeTakeFirstOrThrow();
      return { id: row.id, version: row.latest_version };
    },

    insertVersion: (row: Insertable<DB['report_versions']>) => rdb.insertInto('report_versions').values(row).execute(),

    /** The versions of a report, newest first, without their snapshots. */
    versions: (tenantId: string, reportId: string) =>
      rdb
        .selectFrom('report_versions as v')
        .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'v.tenant_id').onRef('u.id', '=', 'v.created_by'))
        .select(['v.version', 'v.kind', 'v.as_of', 'v.created_at', 'u.full_name'])
        .where('v.tenant_id', '=', tenantId)
        .where('v.report_id', '=', reportId)
        .orderBy('v.version', 'desc')
        .execute(),

    version: (tenantId: string, reportId: string, version: number) =>
      rdb
        .selectFrom('report_versions')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('report_id', '=', reportId)
        .where('version', '=', version)
        .executeTakeFirst(),

    /** The latest sending of a report (a report the city returned is sent again: one row per sending). */
    dispatch: (tenantId: string, reportId: string) =>
      dispatchesOf(tenantId, reportId).orderBy('version', 'desc').executeTakeFirst(),

    /** Every sending of a report, first first. */
    dispatches: (tenantId: string, reportId: string) => dispatchesOf(tenantId, reportId).orderBy('version').execute(),

    /** The sending of one version, if that version went out. */
    dispatchOfVersion: (tenantId: string, reportId: string, version: number) =>
      dispatchesOf(tenantId, reportId).where('version', '=', version).executeTakeFirst(),

    insertDispatch: (row: Insertable<DB['report_dispatches']>) =>
      rdb.insertInto('report_dispatches').values(row).execute(),

    /** The city's latest return of a period's report (the city module writes returns; the ward only reads them). */
    latestCityReturn: ({ tenantId, planId, period }: PeriodKey) =>
      rdb
        .selectFrom('city_report_returns')
        .select(['comment', 'returned_at', 'returned_by_name'])
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .where('period', '=', period)
        .orderBy('returned_at', 'desc')
        .executeTakeFirst(),

    /** Stores a reminder unless it exists; true when it is new. */
    async addReminder(row: Insertable<DB['report_reminders']>): Promise<boolean> {
      const result = await rdb
        .insertInto('report_reminders')
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    /** Reminders of a day, for one unit or the whole ward. */
    remindersOn: (tenantId: string, day: IsoDate, unitId?: string) =>
      rdb
        .selectFrom('report_reminders')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('remind_on', '=', day)
        .$if(unitId !== undefined, (q) => q.where('unit_id', '=', unitId ?? ''))
        .execute(),
  };
}
export type ReportsRepository = ReturnType<typeof reportsRepository>;
