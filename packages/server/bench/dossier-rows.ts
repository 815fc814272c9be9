// The bench's city in SQL: 113 more wards and communes beside the seeded Phường Hải Dương (114 tenants, as Hải
// Phòng has), 20 procedures each, and N dossiers spread over the years asked with every status the indicators tell
// apart; on request the rest of a city's years too (city-extras.ts: units, accounts, plans with tasks and updates,
// feedback). Rows are made with generate_series inside PostgreSQL, so a million of them take seconds, not a Node loop.
import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';
import { addFeedback, addPlans, addWardStaff } from './city-extras.js';

/** The tenants of the bench: every ward and commune (the city itself holds no dossiers). */
export const tenantIds = async (db: Db) =>
  (await db.selectFrom('tenants').select(['id', 'code']).where('kind', '!=', 'city').orderBy('code').execute()).map(
    (t) => t.id,
  );

async function addTenants(db: Db): Promise<void> {
  await sql`
    INSERT INTO tenants (id, code, kind, parent_id, name, short_name, agency_code, created_at)
    SELECT pg_temp.bench_id('bench-tenant-' || g), 'bench-' || lpad(g::text, 3, '0'),
           -- Hải Phòng's blocks since 2025: 45 phường (with the seeded one), 67 xã, 2 đặc khu.
           CASE WHEN g <= 44 THEN 'ward' WHEN g <= 111 THEN 'commune' ELSE 'special_zone' END,
           (SELECT id FROM tenants WHERE kind = 'city'), 'Đơn vị ' || g, 'ĐV ' || g, 'B.' || lpad(g::text, 3, '0'), now()
      FROM generate_series(1, 113) g`.execute(db);
}

async function addProcedures(db: Db): Promise<void> {
  await sql`
    INSERT INTO procedures (tenant_id, id, code, name, field, limit_days, fee, online_level, returns_paper_result,
                            created_at, updated_at)
    SELECT t.id, pg_temp.bench_id(t.id::text || '-' || p), 'B' || lpad(p::text, 2, '0'), 'Thủ tục ' || p,
           (ARRAY['Hộ tịch', 'Chứng thực', 'Xây dựng', 'Đất đai', 'Bảo trợ xã hội'])[1 + p % 5],
           1 + (p * 7) % 15, CASE WHEN p % 3 = 0 THEN NULL ELSE (p % 4) * 10000 END,
           (ARRAY['none', 'partial', 'full'])[1 + p % 3], p % 2 = 0, now(), now()
      FROM tenants t, generate_series(1, 20) p
     WHERE t.kind <> 'city'`.execute(db);
}

const DAY_MS = 86_400_000;

/**
 * N dossiers: tenant i mod 114, procedure (i / 114) mod 20, received on one of the years' days (all but the last
 * week, so most end inside them). Seven in ten are returned (some late), one is processing, one waits for a
 * supplement, one was withdrawn.
 */
async function addDossiers(db: Db, count: number, years: readonly number[]): Promise<void> {
  const first = Math.min(...years);
  const last = Math.max(...years);
  const days = (Date.UTC(last + 1, 0, 1) - Date.UTC(first, 0, 1)) / DAY_MS - 7;
  const start = `${first}-01-01 01:00:00+00`;
  await sql`
    WITH t AS (SELECT id, agency_code, (row_number() OVER (ORDER BY code) - 1)::int AS n FROM tenants WHERE kind <> 'city'),
    base AS (
      SELECT i, t.id AS tenant_id, t.agency_code, 1 + (i / 114) % 20 AS p,
             ${start}::timestamptz + ((i * 7919) % ${days}) * interval '1 day' + ((i * 31) % 8) * interval '1 hour' AS recv
        FROM generate_series(1, ${count}::bigint) i JOIN t ON t.n = i % 114),
    shaped AS (
      SELECT b.*, pr.id AS procedure_id, pr.fee, 1 + (b.p * 7) % 15 AS limit_days, i % 10 AS kind,
             b.recv + (1 + (b.p * 7) % 15) * interval '1 day' AS due,
             b.recv + ((b.i * 13) % (5 + (b.p * 7) % 15)) * interval '1 day' + interval '2 hours' AS finish
        FROM base b JOIN procedures pr ON pr.tenant_id = b.tenant_id AND pr.id = pg_temp.bench_id(b.tenant_id::text || '-' || b.p))
    INSERT INTO dossiers (tenant_id, id, code, procedure_id, status, channel, applicant_name, applicant_phone,
                          components, submitted_at, received_at, due_at, current_due_at, ended_at, history, supplements,
                          fee_lines, payments, result_code, result_file_url, digitised, synced, source, created_at, updated_at)
    SELECT tenant_id, pg_temp.bench_id('bench-dossier-' || i),
           agency_code || '-' || to_char(recv AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad(i::text, 7, '0'),
           procedure_id,
           CASE WHEN kind < 7 THEN 10 WHEN kind = 7 THEN 4 WHEN kind = 8 THEN 5 ELSE 7 END,
           1 + i % 3, 'Người nộp ' || i, '09' || lpad(i::text, 8, '0'),
           jsonb_build_array(jsonb_build_object('name', 'Tờ khai', 'hasFile', i % 5 <> 0)),
           recv, recv, due,
           CASE WHEN kind = 8 THEN NULL ELSE due END,
           CASE WHEN kind < 7 THEN finish WHEN kind = 9 THEN recv + interval '2 days' END,
           CASE
             WHEN kind < 7 THEN jsonb_build_array(jsonb_build_object('status', 2, 'at', recv),
                  jsonb_build_object('status', 4, 'at', recv + interval '1 hour'), jsonb_build_object('status', 9, 'at', finish),
                  jsonb_build_object('status', 10, 'at', finish + interval '1 day'))
             WHEN kind = 7 THEN jsonb_build_array(jsonb_build_object('status', 2, 'at', recv),
                  jsonb_build_object('status', 4, 'at', recv + interval '1 hour'))
             WHEN kind = 8 THEN jsonb_build_array(jsonb_build_object('status', 2, 'at', recv),
                  jsonb_build_object('status', 5, 'at', recv + interval '1 day'))
             ELSE jsonb_build_array(jsonb_build_object('status', 2, 'at', recv),
                  jsonb_build_object('status', 7, 'at', recv + interval '2 days'))
           END,
           CASE WHEN kind = 8 THEN jsonb_build_array(jsonb_build_object('requestedAt', recv + interval '1 day',
                'suppliedAt', NULL, 'agency', '', 'items', jsonb_build_array(), 'reason', '')) ELSE '[]'::jsonb END,
           CASE WHEN coalesce(fee, 0) > 0 THEN jsonb_build_array(jsonb_build_object('name', 'Phí', 'amount', fee)) ELSE '[]'::jsonb END,
           CASE WHEN coalesce(fee, 0) > 0 AND i % 4 <> 0
                THEN jsonb_build_array(jsonb_build_object('place', (ARRAY['portal', 'gateway', 'offline'])[(1 + i % 3)::int],
                     'paidAt', recv, 'amount', fee)) ELSE '[]'::jsonb END,
           CASE WHEN kind < 7 THEN 'KQ-' || i END,
           CASE WHEN kind < 7 AND i % 6 <> 0 THEN 'https://dvc.example/kq/' || i || '.pdf' END,
           i % 5 <> 0, i % 7 <> 0, 'import', now(), now()
      FROM shaped`.execute(db);
}

/** What {@link generateCity} makes. */
export interface CityOptions {
  dossiers: number;
  /** The years the dossiers are spread over (each year's share about equal). */
  years: readonly number[];
  /**
   * Units, accounts, a plan per year with tasks and monthly updates, and feedback with reactions (city-extras.ts):
   * what trying the app at a city's size needs. The benches leave them out, so what they measure stays the same.
   */
  extras: boolean;
}

/** Three years of a city (2024–2026) with everything in it: what `npm run generate:city` makes. */
export const FULL_CITY: Omit<CityOptions, 'dossiers'> = { years: [2024, 2025, 2026], extras: true };

/** Builds the bench city and its dossiers; returns the milliseconds it took. */
export async function generateCity(pool: Db, options: CityOptions): Promise<number> {
  const started = performance.now();
  // One connection, for the session's id function.
  await pool.connection().execute(async (db) => {
    // Ids derived from a name, so each statement finds the rows of the one before without reading them back; shaped
    // as version 4 UUIDs, which the API's schemas check.
    await sql`
      CREATE FUNCTION pg_temp.bench_id(name text) RETURNS uuid IMMUTABLE LANGUAGE sql
        AS $$ SELECT overlay(overlay(md5(name) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`.execute(db);
    await addTenants(db);
    await addProcedures(db);
    await addDossiers(db, options.dossiers, options.years);
    if (options.extras) {
      await addWardStaff(db);
      await addPlans(db, options.years);
      await addFeedback(db, options.dossiers);
    }
    await sql`ANALYZE`.execute(db);
  });
  return performance.now() - started;
}
