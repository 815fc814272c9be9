import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/generated.js';

// The SQL of a new ward's copy of its template ward: settings and procedure catalogue, in the create's transaction.

/**
 * The one-row-per-ward settings tables a new ward copies from its template: office hours, report, feedback
 * and one-stop settings. Columns are read from the catalogue, so a setting another module adds later is copied
 * too; who changed it and when are reset to the copy.
 */
const SETTINGS_TABLES = ['office_hours', 'report_settings', 'feedback_settings', 'dossier_settings'] as const;

export async function copySettings(trx: Transaction<DB>, from: string, to: string, now: Date): Promise<void> {
  await sql`UPDATE tenants SET settings = (SELECT settings FROM tenants WHERE id = ${from}) WHERE id = ${to}`.execute(
    trx,
  );
  for (const table of SETTINGS_TABLES) await copyRow(trx, table, from, to, now);
  // The intake unit is the template's unit of the same code in the new ward, or none.
  await sql`
    UPDATE feedback_settings s SET intake_unit_id = (
      SELECT n.id FROM units n JOIN units o ON o.code = n.code AND o.tenant_id = ${from}
       WHERE n.tenant_id = ${to} AND o.id = (SELECT intake_unit_id FROM feedback_settings WHERE tenant_id = ${from}))
     WHERE s.tenant_id = ${to}`.execute(trx);
}

async function copyRow(trx: Transaction<DB>, table: string, from: string, to: string, now: Date) {
  const { rows } = await sql<{ column: string }>`
    SELECT column_name::text AS column FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = ${table} AND is_generated = 'NEVER'
     ORDER BY ordinal_position`.execute(trx);
  if (rows.length === 0) return;
  const columns = rows.map((r) => r.column);
  const values = columns.map((c) => {
    if (c === 'tenant_id') return sql`${to}::uuid`;
    if (c === 'updated_by') return sql`NULL`;
    if (c === 'updated_at') return sql`${now}`;
    if (c === 'intake_unit_id') return sql`NULL`;
    return sql.ref(c);
  });
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
            SELECT ${sql.join(values)} FROM ${sql.table(table)} WHERE tenant_id = ${from}`.execute(trx);
}

/**
 * The template's procedure catalogue with its internal steps, each unit mapped to the new ward's unit of the
 * same code: a new ward takes dossiers at once and replaces the catalogue with its own import later.
 */
export async function copyCatalogue(trx: Transaction<DB>, from: string, to: string, now: Date): Promise<number> {
  const unitOf = (column: string) => sql`(SELECT n.id FROM units n JOIN units o ON o.code = n.code
      WHERE o.tenant_id = ${from} AND o.id = ${sql.ref(column)} AND n.tenant_id = ${to})`;
  const { rows } = await sql<{ copied: number }>`
    WITH src AS (
      SELECT p.*, gen_random_uuid() AS new_id FROM procedures p WHERE p.tenant_id = ${from} AND p.active
    ), procs AS (
      INSERT INTO procedures (tenant_id, id, code, name, field, limit_days, limit_hours, fee, online_level,
                              returns_paper_result, unit_id, components, incomplete, demo, active, created_at, updated_at)
      SELECT ${to}::uuid, new_id, code, name, field, limit_days, limit_hours, fee, online_level,
             returns_paper_result, ${unitOf('src.unit_id')}, components, incomplete, demo, true, ${now}, ${now}
        FROM src
      RETURNING id
    ), steps AS (
      INSERT INTO procedure_steps (tenant_id, procedure_id, no, name, unit_id, agency, budget_hours)
      SELECT ${to}::uuid, src.new_id, s.no, s.name, ${unitOf('s.unit_id')}, s.agency, s.budget_hours
        FROM procedure_steps s JOIN src ON s.tenant_id = ${from} AND s.procedure_id = src.id
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM procs)::int AS copied`.execute(trx);
  return rows[0]?.copied ?? 0;
}
