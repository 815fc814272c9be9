// Tasks of a ward's plan in SQL, for the task benches and the query-count test: N tasks added to the plan in use,
// each with its lead and coordinating units and a year of weekly progress updates. Rows are made with
// generate_series inside PostgreSQL, so 1,000 tasks and 52,000 updates take a second, not a loop over the API.
import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';

export interface GeneratedTasks {
  tenantId: string;
  planId: string;
}

/**
 * Adds `count` tasks to the ward's 2026 plan (`tenantCode`), with `updatesPerTask` weekly progress updates from
 * 2026-01-05 on. Kinds, statuses and due dates cycle so every flag (overdue, due soon, awaiting review) is met;
 * none is completed, so `?status=completed` over the generated tasks answers only the plan's own.
 */
export async function generateTasks(
  db: Db,
  tenantCode: string,
  count: number,
  updatesPerTask = 52,
  tag = 'bench',
): Promise<GeneratedTasks> {
  const plan = await sql<{ tenant_id: string; id: string; current_version: number }>`
    SELECT p.tenant_id, p.id, p.current_version FROM plans p JOIN tenants t ON t.id = p.tenant_id
     WHERE t.code = ${tenantCode} AND p.year = 2026 ORDER BY p.created_at LIMIT 1`.execute(db);
  const found = plan.rows[0];
  if (!found) throw new Error(`${tenantCode} has no 2026 plan`);
  const { tenant_id: tenantId, id: planId, current_version: version } = found;
  await sql`
    WITH u AS (SELECT id, (row_number() OVER (ORDER BY code) - 1)::int AS n, count(*) OVER () AS total
                 FROM units WHERE tenant_id = ${tenantId})
    INSERT INTO plan_tasks (tenant_id, id, plan_id, no, group_code, area_code, content, lead_text, coordinators_text,
                            owner_unit_id, timeframe_text, timeframe_kind, start_date, due_date, product, source, source_ref,
                            added_in_version, changed_in_version, status, progress, review_state, last_update_at)
    SELECT ${tenantId}::uuid, gen_random_uuid(), ${planId}::uuid, 1000 + i, 'II.' || (1 + i % 7),
           'II.' || (1 + i % 7), 'Nhiệm vụ sinh ra ' || i, 'Đơn vị chủ trì', 'Đơn vị phối hợp', u.id,
           CASE WHEN i % 4 = 0 THEN 'Thường xuyên' ELSE 'Tháng ' || (1 + i % 12) || '/2026' END,
           CASE WHEN i % 4 = 0 THEN 'recurring' ELSE 'month' END,
           CASE WHEN i % 4 = 0 THEN NULL ELSE make_date(2026, 1 + i % 12, 1) END,
           CASE WHEN i % 4 = 0 THEN NULL ELSE (make_date(2026, 1 + i % 12, 1) + interval '1 month' - interval '1 day')::date END,
           'Báo cáo', CASE WHEN i % 10 = 0 THEN 'city' ELSE 'appendix' END, ${tag} || '-' || i, ${version}, ${version},
           CASE WHEN i % 3 = 0 THEN 'not_started' ELSE 'in_progress' END, (i * 7) % 90,
           CASE WHEN i % 9 = 0 THEN 'pending_acceptance' END, timestamptz '2026-03-01 03:00:00+00'
      FROM generate_series(1, ${count}::int) i JOIN u ON u.n = i % u.total`.execute(db);
  // The tasks just made, by their number in the run (source_ref `<tag>-<i>`).
  const generated = sql`SELECT id, split_part(source_ref, '-', -1)::int AS i FROM plan_tasks
                         WHERE tenant_id = ${tenantId} AND plan_id = ${planId} AND source_ref LIKE ${`${tag}-%`}`;
  await sql`
    WITH u AS (SELECT id, (row_number() OVER (ORDER BY code) - 1)::int AS n, count(*) OVER () AS total
                 FROM units WHERE tenant_id = ${tenantId}),
    generated AS (${generated})
    INSERT INTO plan_task_units (tenant_id, task_id, unit_id, role, position)
    SELECT ${tenantId}::uuid, g.id, u.id, CASE WHEN r = 0 THEN 'lead' ELSE 'coordinator' END, r
      FROM generated g, generate_series(0, 1) r JOIN u ON true
     WHERE u.n = (g.i + r * 3) % u.total
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`
    WITH author AS (SELECT id, unit_id FROM users WHERE tenant_id = ${tenantId} ORDER BY username LIMIT 1),
    generated AS (${generated})
    INSERT INTO task_updates (tenant_id, id, task_id, kind, at, on_date, author_user_id, author_unit_id,
                              status_after, progress_after, comment)
    SELECT ${tenantId}::uuid, gen_random_uuid(), g.id,
           'progress', timestamptz '2026-01-05 03:00:00+00' + w * interval '7 days',
           (timestamptz '2026-01-05 03:00:00+00' + w * interval '7 days')::date, author.id, author.unit_id,
           'in_progress', least(90, w), 'Cập nhật tuần ' || w
      FROM generated g, generate_series(0, ${updatesPerTask}::int - 1) w, author`.execute(db);
  await sql`ANALYZE plan_tasks`.execute(db);
  await sql`ANALYZE plan_task_units`.execute(db);
  await sql`ANALYZE task_updates`.execute(db);
  return { tenantId, planId };
}

/**
 * `count` dossiers of the ward over 2026's first months, on its own procedures, for the dashboard bench (its
 * targets read dossier metrics): seven in ten returned, the rest still being processed.
 */
export async function generateWardDossiers(db: Db, tenantId: string, count: number): Promise<void> {
  await sql`
    WITH pr AS (SELECT id, (row_number() OVER (ORDER BY code) - 1)::int AS n, count(*) OVER () AS total
                  FROM procedures WHERE tenant_id = ${tenantId}),
    base AS (
      SELECT i, pr.id AS procedure_id, i % 10 AS kind,
             timestamptz '2026-01-02 01:00:00+00' + ((i * 7919) % 150) * interval '1 day' AS recv
        FROM generate_series(1, ${count}::int) i JOIN pr ON pr.n = i % pr.total)
    INSERT INTO dossiers (tenant_id, id, code, procedure_id, status, channel, applicant_name, applicant_phone,
                          components, submitted_at, received_at, due_at, current_due_at, ended_at, history, supplements,
                          fee_lines, payments, result_code, result_file_url, digitised, synced, source, created_at, updated_at)
    SELECT ${tenantId}::uuid, gen_random_uuid(), 'TASKBENCH-' || lpad(i::text, 7, '0'), procedure_id,
           CASE WHEN kind < 7 THEN 10 ELSE 4 END, 1 + i % 3, 'Người nộp ' || i, '09' || lpad(i::text, 8, '0'),
           jsonb_build_array(jsonb_build_object('name', 'Tờ khai', 'hasFile', true)),
           recv, recv, recv + interval '5 days', recv + interval '5 days',
           CASE WHEN kind < 7 THEN recv + ((i % 8) * interval '1 day') END,
           jsonb_build_array(jsonb_build_object('status', 2, 'at', recv)), '[]'::jsonb, '[]'::jsonb, '[]'::jsonb,
           CASE WHEN kind < 7 THEN 'KQ-' || i END, NULL, true, true, 'import', now(), now()
      FROM base`.execute(db);
  await sql`ANALYZE dossiers`.execute(db);
}
