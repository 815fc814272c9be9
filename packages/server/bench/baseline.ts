// The yardstick of the dossier bench: one hand-written SQL aggregate over the same rows the indicators read (the
// year's dossiers of every tenant), counting what a report without working-day rules would count.
import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';

/** Per tenant: dossiers to handle, received, online, processed, processed by their due date, e-results. */
export async function baselineAggregate(db: Db, year: string): Promise<number> {
  const from = new Date(`${year}-01-01T00:00:00+07:00`);
  const to = new Date(`${Number(year) + 1}-01-01T00:00:00+07:00`);
  const local = (column: string) => sql.raw(`(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`);
  const rows = await sql<{ tenant_id: string }>`
    SELECT tenant_id,
           count(*) AS handled,
           count(*) FILTER (WHERE received_at >= ${from}) AS received,
           count(*) FILTER (WHERE received_at >= ${from} AND channel = 2) AS online,
           count(*) FILTER (WHERE ended_at < ${to}) AS processed,
           count(*) FILTER (WHERE ended_at < ${to} AND ${local('ended_at')} <= ${local('due_at')}) AS on_time,
           count(*) FILTER (WHERE result_file_url IS NOT NULL) AS e_results
      FROM dossiers
     WHERE received_at < ${to} AND (ended_at IS NULL OR ended_at >= ${from})
     GROUP BY tenant_id`.execute(db);
  return rows.rows.length;
}
