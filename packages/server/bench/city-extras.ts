// The rest of a generated city's years beside its dossiers (dossier-rows.ts): in each generated ward the seeded
// ward's units and accounts (same roles, same demo password), a plan per year copied from the seeded plan with its
// tasks, their units and monthly progress updates, and feedback (PAKN) on its dossiers with likes and dislikes.
// All in INSERT … SELECT over generate_series or the seeded rows, so a city's worth takes seconds.
import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';
import { SEED_WARD } from '../src/seed/first-start.js';

/** The generated tenants (dossier-rows.ts names them `bench-NNN`). */
const GENERATED = sql`SELECT id, code FROM tenants WHERE code LIKE 'bench-%'`;
const SEEDED = sql`SELECT id FROM tenants WHERE code = ${SEED_WARD.code}`;

/** The seeded ward's units and accounts in every generated ward: usernames `bench-NNN.<role>`, so logins stay unique. */
export async function addWardStaff(db: Db): Promise<void> {
  await sql`
    WITH g AS (${GENERATED}), s AS (${SEEDED})
    INSERT INTO units (tenant_id, id, code, name, short_name, aliases, active, created_at)
    SELECT g.id, pg_temp.bench_id(g.id::text || '-unit-' || u.code), u.code, u.name, u.short_name, u.aliases, u.active, now()
      FROM g, units u JOIN s ON u.tenant_id = s.id`.execute(db);
  await sql`
    WITH g AS (${GENERATED}), s AS (${SEEDED})
    INSERT INTO users (tenant_id, id, unit_id, username, full_name, email, password_hash, roles, active, created_at)
    SELECT g.id, pg_temp.bench_id(g.id::text || '-user-' || u.username),
           CASE WHEN un.code IS NOT NULL THEN pg_temp.bench_id(g.id::text || '-unit-' || un.code) END,
           g.code || '.' || split_part(u.username, '.', 2), u.full_name, NULL, u.password_hash, u.roles, true, now()
      FROM g, users u JOIN s ON u.tenant_id = s.id LEFT JOIN units un ON un.tenant_id = u.tenant_id AND un.id = u.unit_id`.execute(
    db,
  );
  await sql`
    INSERT INTO user_logins (username, tenant_id, user_id)
    SELECT u.username, u.tenant_id, u.id FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE t.code LIKE 'bench-%'`.execute(
    db,
  );
}

/**
 * A plan per generated ward and year, version 1 being the seeded plan's document; its tasks are the seeded plan's,
 * dates moved to the year. Past years' tasks are done (some late, some not done), the current year's in progress;
 * every task gets a progress update on the 25th of each month of its year.
 */
export async function addPlans(db: Db, years: readonly number[]): Promise<void> {
  const seededPlan = sql`SELECT p.* FROM plans p JOIN tenants t ON t.id = p.tenant_id
                          WHERE t.code = ${SEED_WARD.code} ORDER BY p.year DESC LIMIT 1`;
  const current = Math.max(...years);
  await sql`
    WITH g AS (${GENERATED}), sp AS (${seededPlan})
    INSERT INTO plans (tenant_id, id, year, title, status, current_version, created_by, created_at, in_use_by, in_use_at)
    SELECT g.id, pg_temp.bench_id(g.id::text || '-plan-' || y), y, 'Kế hoạch cải cách hành chính năm ' || y,
           CASE WHEN y < ${current} THEN 'closed' ELSE 'in_use' END, 1, NULL,
           make_timestamptz(y, 1, 5, 8, 0, 0, 'Asia/Ho_Chi_Minh'), NULL, make_timestamptz(y, 1, 10, 8, 0, 0, 'Asia/Ho_Chi_Minh')
      FROM g, sp, unnest(${sql.val([...years])}::int[]) y`.execute(db);
  await sql`
    WITH g AS (${GENERATED}), sp AS (${seededPlan})
    INSERT INTO plan_versions (tenant_id, plan_id, version, kind, status, source_file_name, source_format, source_sha256,
                               parsed, fixes, created_at)
    SELECT p.tenant_id, p.id, 1, 'import', 'confirmed', v.source_file_name, v.source_format, v.source_sha256,
           v.parsed, v.fixes, p.created_at
      FROM plans p JOIN g ON g.id = p.tenant_id, sp
      JOIN plan_versions v ON v.tenant_id = sp.tenant_id AND v.plan_id = sp.id AND v.version = sp.current_version`.execute(
    db,
  );
  // The seeded plan's tasks in each generated plan, their dates moved by the whole years between the two plans.
  await sql`
    WITH g AS (${GENERATED}), sp AS (${seededPlan}),
    tasks AS (
      SELECT t.id AS task_id, t.no, t.no_label, t.group_code, t.area_code, t.content, t.lead_text, t.lead_group,
             t.coordinators_text, t.coordinators_group, t.timeframe_text, t.timeframe_kind, t.start_date, t.due_date,
             t.product, t.source, t.source_ref, row_number() OVER (ORDER BY t.no NULLS LAST, t.id) AS k,
             ou.code AS owner_code
        FROM plan_tasks t JOIN sp ON t.tenant_id = sp.tenant_id AND t.plan_id = sp.id
        LEFT JOIN units ou ON ou.tenant_id = t.tenant_id AND ou.id = t.owner_unit_id
       WHERE t.removed_in_version IS NULL),
    shaped AS (
      SELECT p.tenant_id, p.id AS plan_id, p.year, t.*, make_interval(years => p.year - sp.year) AS shift,
             CASE WHEN p.year = ${current} THEN (CASE WHEN t.k % 3 = 0 THEN 'not_started' ELSE 'in_progress' END)
                  WHEN t.k % 10 = 0 THEN 'not_done' WHEN t.k % 5 = 0 THEN 'completed_late' ELSE 'completed' END AS new_status
        FROM plans p JOIN g ON g.id = p.tenant_id, sp, tasks t)
    INSERT INTO plan_tasks (tenant_id, id, plan_id, no, no_label, group_code, area_code, content, lead_text, lead_group,
                            coordinators_text, coordinators_group, owner_unit_id, timeframe_text, timeframe_kind,
                            start_date, due_date, product, source, source_ref, added_in_version, changed_in_version,
                            status, progress, not_done_reason, review_state, completed_on, last_update_at)
    SELECT s.tenant_id, pg_temp.bench_id(s.plan_id::text || '-task-' || s.task_id), s.plan_id, s.no, s.no_label, s.group_code,
           s.area_code, s.content, s.lead_text, s.lead_group, s.coordinators_text, s.coordinators_group,
           CASE WHEN s.owner_code IS NOT NULL THEN pg_temp.bench_id(s.tenant_id::text || '-unit-' || s.owner_code) END,
           s.timeframe_text, s.timeframe_kind, (s.start_date + s.shift)::date, (s.due_date + s.shift)::date, s.product,
           s.source, s.source_ref, 1, 1, s.new_status,
           CASE WHEN s.new_status IN ('completed', 'completed_late') THEN 100 WHEN s.new_status = 'not_started' THEN 0
                ELSE (s.k * 7) % 90 END,
           CASE WHEN s.new_status = 'not_done' THEN 'Chưa bố trí được kinh phí' END,
           CASE WHEN s.new_status IN ('completed', 'completed_late') THEN 'accepted' END,
           CASE WHEN s.new_status = 'completed' THEN coalesce((s.due_date + s.shift)::date, make_date(s.year, 12, 15)) - 3
                WHEN s.new_status = 'completed_late' THEN coalesce((s.due_date + s.shift)::date, make_date(s.year, 12, 15)) + 10 END,
           make_timestamptz(s.year, 12, 25, 10, 0, 0, 'Asia/Ho_Chi_Minh')
      FROM shaped s`.execute(db);
  await sql`
    WITH g AS (${GENERATED}), sp AS (${seededPlan})
    INSERT INTO plan_task_units (tenant_id, task_id, unit_id, role, position)
    SELECT p.tenant_id, pg_temp.bench_id(p.id::text || '-task-' || tu.task_id), pg_temp.bench_id(p.tenant_id::text || '-unit-' || u.code),
           tu.role, tu.position
      FROM plans p JOIN g ON g.id = p.tenant_id, sp
      JOIN plan_task_units tu ON tu.tenant_id = sp.tenant_id
      JOIN plan_tasks t ON t.tenant_id = tu.tenant_id AND t.id = tu.task_id AND t.plan_id = sp.id AND t.removed_in_version IS NULL
      JOIN units u ON u.tenant_id = tu.tenant_id AND u.id = tu.unit_id`.execute(db);
  // The ward's coordinator (the seeded `vhxh` account) writes the updates.
  await sql`
    WITH g AS (${GENERATED}),
    author AS (SELECT u.tenant_id, u.id, u.unit_id FROM users u JOIN g ON g.id = u.tenant_id WHERE u.username = g.code || '.vhxh')
    INSERT INTO task_updates (tenant_id, id, task_id, kind, at, on_date, author_user_id, author_unit_id, status_after,
                              progress_after, comment)
    SELECT t.tenant_id, pg_temp.bench_id(t.id::text || '-update-' || m), t.id, 'progress',
           make_timestamptz(p.year, m, 25, 10, 0, 0, 'Asia/Ho_Chi_Minh'), make_date(p.year, m, 25), a.id, a.unit_id,
           CASE WHEN t.status = 'not_started' THEN 'not_started' ELSE 'in_progress' END,
           CASE WHEN t.status = 'not_started' THEN 0 ELSE least(t.progress, m * 8) END, 'Báo cáo tiến độ tháng ' || m
      FROM plan_tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
      JOIN author a ON a.tenant_id = t.tenant_id, generate_series(1, 12) m`.execute(db);
}

/**
 * One feedback for every 40th dossier, filed three days after its receipt: six in ten answered and published (some
 * after the answer's deadline), one answered and waiting to be published, one waiting for approval, one rejected at
 * intake, one still open. Published answers get one to four reactions, one in five a dislike.
 */
export async function addFeedback(db: Db, dossiers: number): Promise<void> {
  await sql`
    WITH t AS (SELECT id, (row_number() OVER (ORDER BY code) - 1)::int AS n FROM tenants WHERE kind <> 'city'),
    g AS (${GENERATED}),
    src AS (
      SELECT i, (i / 40) % 10 AS kind, d.tenant_id, d.code AS dossier_code,
             d.received_at + interval '3 days' + (i % 9) * interval '1 hour' AS submitted,
             pg_temp.bench_id(d.tenant_id::text || '-unit-' || 'TTPVHCC') AS unit_id
        FROM generate_series(40, ${dossiers}::bigint, 40) i JOIN t ON t.n = i % 114
        JOIN g ON g.id = t.id
        JOIN dossiers d ON d.tenant_id = t.id AND d.id = pg_temp.bench_id('bench-dossier-' || i)),
    shaped AS (
      SELECT s.*,
             CASE WHEN kind < 6 THEN 'published' WHEN kind = 6 THEN 'answered' WHEN kind = 7 THEN 'awaiting_approval'
                  WHEN kind = 8 THEN 'rejected' ELSE 'received' END AS status,
             CASE WHEN kind <= 7 THEN submitted + (2 + (i / 40) % 20) * interval '1 day' END AS answered,
             CASE WHEN kind <= 6 THEN submitted + (3 + (i / 40) % 20) * interval '1 day' END AS approved
        FROM src s)
    INSERT INTO feedback (tenant_id, id, tracking_code, channel, category, title, text, dossier_code, submitter_name,
                          submitter_phone, status, unit_id, submitted_at, closed_at_intake_at, reject_reason, answer_text,
                          answer_submitted_at, approved_at, published_at, public_title, public_text, public_answer,
                          reject_due_at, info_due_at, answer_due_at, publish_due_at, updated_at)
    SELECT tenant_id, pg_temp.bench_id('bench-feedback-' || i), 'PA' || lpad(i::text, 9, '0'),
           (ARRAY['online', 'counter', 'phone', 'letter'])[1 + i % 4], (ARRAY['dossier', 'procedure', 'staff', 'regulation'])[1 + (i / 40) % 4],
           'Phản ánh về hồ sơ ' || dossier_code, 'Nội dung phản ánh số ' || i,
           CASE WHEN (i / 40) % 4 = 0 THEN dossier_code END, 'Người phản ánh ' || i, '09' || lpad(i::text, 8, '0'),
           status, unit_id, submitted,
           CASE WHEN kind = 8 THEN submitted + interval '1 day' END, CASE WHEN kind = 8 THEN 'duplicate' END,
           CASE WHEN answered IS NOT NULL THEN 'Trả lời phản ánh số ' || i END, answered, approved,
           CASE WHEN kind < 6 THEN approved + interval '1 day' END,
           CASE WHEN kind < 6 THEN 'Phản ánh về hồ sơ' END, CASE WHEN kind < 6 THEN 'Nội dung phản ánh' END,
           CASE WHEN kind < 6 THEN 'Trả lời phản ánh số ' || i END,
           submitted + interval '3 days', submitted + interval '5 days', submitted + interval '15 days',
           CASE WHEN approved IS NOT NULL THEN approved + interval '3 days' END,
           coalesce(approved + interval '1 day', answered, submitted + interval '1 day')
      FROM shaped`.execute(db);
  await sql`
    INSERT INTO feedback_reactions (tenant_id, feedback_id, voter_hash, reaction, reason, at)
    SELECT f.tenant_id, f.id, md5(f.id::text || '-' || v), CASE WHEN (v + hashtext(f.tracking_code)) % 5 = 0 THEN 'dislike' ELSE 'like' END,
           NULL, f.published_at + v * interval '1 hour'
      FROM feedback f JOIN tenants t ON t.id = f.tenant_id AND t.code LIKE 'bench-%',
           generate_series(1, 1 + abs(hashtext(f.tracking_code)) % 4) v
     WHERE f.status = 'published'`.execute(db);
}
