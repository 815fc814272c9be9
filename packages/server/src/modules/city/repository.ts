import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/**
 * The SQL of the city view: its wards, each ward's periodic reports with their due and sending dates, the city's
 * returns of them and the evidence titles its plan pages show (city tasks: `city-tasks-repository.ts`).
 */
export function cityRepository(db: Db) {
  return {
    /** Every ward, commune and special zone of the instance, by code, deactivated ones too (`active` tells). */
    wards: () =>
      db
        .selectFrom('tenants')
        .select(['id', 'code', 'name', 'kind', 'active'])
        .where('kind', '!=', 'city')
        .orderBy('code')
        .execute(),

    ward: (code: string) =>
      db
        .selectFrom('tenants')
        .select(['id', 'code', 'name', 'kind'])
        .where('kind', '!=', 'city')
        .where('code', '=', code)
        .executeTakeFirst(),

    /** The city sends a ward's report back (the ward reads returns through the reports module). */
    insertReturn: (row: Insertable<DB['city_report_returns']>) =>
      db.insertInto('city_report_returns').values(row).execute(),

    /** The documents given as evidence of some tasks of a ward (number and title only). */
    evidenceDocuments: (tenantId: string, taskIds: readonly string[]) =>
      db
        .selectFrom('task_evidence')
        .select(['task_id', 'doc_number', 'doc_title'])
        .where('tenant_id', '=', tenantId)
        .where('task_id', 'in', [...taskIds])
        .where('kind', '=', 'document')
        .execute(),

    /** The consolidated reports a ward's plan of a year owes, with the day each was sent (null: not sent). */
    reportDues: (tenantId: string, year: number) =>
      db
        .selectFrom('plan_report_periods as p')
        .innerJoin('plans as pl', (j) => j.onRef('pl.tenant_id', '=', 'p.tenant_id').onRef('pl.id', '=', 'p.plan_id'))
        .leftJoin('reports as r', (j) =>
          j
            .onRef('r.tenant_id', '=', 'p.tenant_id')
            .onRef('r.plan_id', '=', 'p.plan_id')
            .onRef('r.period', '=', 'p.period'),
        )
        .leftJoin('report_dispatches as d', (j) =>
          // The latest sending only: a report the city returned is sent again as a later version.
          j
            .onRef('d.tenant_id', '=', 'r.tenant_id')
            .onRef('d.report_id', '=', 'r.id')
            .on((eb) =>
              eb(
                'd.version',
                '=',
                eb
                  .selectFrom('report_dispatches as d2')
                  .select((e) => e.fn.max('d2.version').as('v'))
                  .whereRef('d2.tenant_id', '=', 'r.tenant_id')
                  .whereRef('d2.report_id', '=', 'r.id'),
              ),
            ),
        )
        .select([
          'p.plan_id',
          'p.period',
          'p.due_date',
          'd.sent_on',
          'd.sent_at',
          'd.number',
          'd.version',
          'r.id as report_id',
        ])
        .where('p.tenant_id', '=', tenantId)
        .where('pl.year', '=', year)
        .orderBy('p.due_date')
        .execute(),
  };
}

export type WardRow = Awaited<ReturnType<ReturnType<typeof cityRepository>['wards']>>[number];
