import type { Db } from '../../db/database.js';
import { withReportTables } from '../reports/tables.js';

/** The only SQL of the city view: its wards, and each ward's periodic reports with their due and sending dates. */
export function cityRepository(db: Db) {
  return {
    /** Every ward, commune and special zone of the instance, by code. */
    wards: () =>
      db
        .selectFrom('tenants')
        .select(['id', 'code', 'name', 'kind'])
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

    /** The consolidated reports a ward's plan of a year owes, with the day each was sent (null: not sent). */
    reportDues: (tenantId: string, year: number) =>
      withReportTables(db)
        .selectFrom('plan_report_periods as p')
        .innerJoin('plans as pl', (j) => j.onRef('pl.tenant_id', '=', 'p.tenant_id').onRef('pl.id', '=', 'p.plan_id'))
        .leftJoin('reports as r', (j) =>
          j
            .onRef('r.tenant_id', '=', 'p.tenant_id')
            .onRef('r.plan_id', '=', 'p.plan_id')
            .onRef('r.period', '=', 'p.period'),
        )
        .leftJoin('report_dispatches as d', (j) =>
          j.onRef('d.tenant_id', '=', 'r.tenant_id').onRef('d.report_id', '=', 'r.id'),
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
