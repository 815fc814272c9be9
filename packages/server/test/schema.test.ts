import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

// Tables that are not tenant data (docs/ARCHITECTURE.md, "Tenancy and scale-out"): look-ups that find the
// tenant from a city-wide key (user_logins by username, dossier_codes by code), throttles and bookkeeping.
const NOT_TENANT_DATA = new Set([
  'tenants',
  'user_logins',
  'login_failures',
  'schema_migrations',
  'dossier_codes',
  'dossier_lookup_failures',
  'rate_limit_hits',
]);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('the schema keeps every tenant table distributable by tenant_id', () => {
  it('puts tenant_id first in the primary key of every tenant table', async () => {
    const { rows } = await sql<{ table: string; first: string | null }>`
      SELECT c.relname::text AS table,
             (SELECT a.attname::text FROM pg_attribute a
               WHERE a.attrelid = c.oid AND a.attnum = i.indkey[0]) AS first
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
       WHERE c.relkind = 'r'`.execute(t.db);
    const wrong = rows.filter((r) => !NOT_TENANT_DATA.has(r.table) && r.first !== 'tenant_id').map((r) => r.table);
    expect(rows.length).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it('includes tenant_id in every foreign key between tenant tables', async () => {
    const { rows } = await sql<{ name: string; table: string; target: string; columns: string[] }>`
      SELECT k.conname::text AS name, c.relname::text AS table, r.relname::text AS target,
             ARRAY(SELECT a.attname::text FROM unnest(k.conkey) AS col(num)
                     JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = col.num) AS columns
        FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid
        JOIN pg_class r ON r.oid = k.confrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE k.contype = 'f'`.execute(t.db);
    const wrong = rows
      .filter((r) => !NOT_TENANT_DATA.has(r.table) && !NOT_TENANT_DATA.has(r.target))
      .filter((r) => !r.columns.includes('tenant_id'))
      .map((r) => `${r.table}.${r.name}`);
    expect(rows.length).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});
