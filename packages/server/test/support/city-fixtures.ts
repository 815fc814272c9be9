// Wards of several kinds with dossier months imported through the real CLI, for the city view's tests.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Role } from '@cchc/domain';
import type { Db } from '../../src/db/database.js';
import { cliEnv, runCli } from './cli-process.js';
import { createWard } from './factories.js';
import type { TestApp } from './test-app.js';

const HEADER = ['MaHoSo', 'MaTTHC', 'KenhThucHien', 'NgayTiepNhan', 'NgayHenTra', 'NgayKetThucXuLy', 'TrangThaiHoSo'];

/** A dossier of the month: received on `day` at 08:00, due `dueDays` later, finished `doneDays` after receipt. */
export interface DossierSpec {
  day: number;
  dueDays: number;
  doneDays: number;
}

const stamp = (month: string, day: number) => `${month.replace('-', '')}${String(day).padStart(2, '0')}080000`;

/** The CSV of a ward's month as the city's one-stop system exports it (national field names, processed status 9). */
export function monthCsv(agency: string, month: string, dossiers: readonly DossierSpec[]): string {
  const rows = dossiers.map((d, i) => {
    const code = `${agency}-${month.slice(2).replace('-', '')}${String(d.day).padStart(2, '0')}-${String(i + 1).padStart(4, '0')}`;
    return [
      code,
      '1.001193',
      '1',
      stamp(month, d.day),
      stamp(month, d.day + d.dueDays),
      stamp(month, d.day + d.doneDays),
      '9',
    ];
  });
  return `${[HEADER, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
}

/** A ward of `kind` with an agency code, created through the factory (until the tenants API is merged). */
export async function createWardOfKind(
  t: TestApp,
  code: string,
  kind: 'ward' | 'commune' | 'special_zone',
  agency: string,
  roles: Role[] = ['ward_admin'],
) {
  const ward = await createWard(t.db, code, roles);
  await t.db.updateTable('tenants').set({ kind, agency_code: agency }).where('id', '=', ward.tenantId).execute();
  return ward;
}

/** Imports a month of dossiers into a ward with `cchc dossiers import <file> --tenant <code>`. */
export function importMonth(t: TestApp, code: string, csv: string) {
  const file = path.join(t.dataDir, `${code}-${Date.now()}.csv`);
  fs.writeFileSync(file, csv);
  const r = runCli(['dossiers', 'import', file, '--tenant', code], cliEnv(t.dataDir, { DATABASE_URL: t.databaseUrl }));
  if (r.status !== 0) throw new Error(`import into ${code} failed: ${r.stderr}`);
  return r.stdout;
}

/** `cchc <args>` against the test database, on the test's clock (its warning goes to stderr, never stdout). */
export const cchc = (t: TestApp, args: string[]) =>
  runCli(args, cliEnv(t.dataDir, { DATABASE_URL: t.databaseUrl, CCHC_NOW: t.clock.now().toISOString() }));

/** A ward with a plan in use (no tasks) whose Q1 report is due on 08/03/2026. */
export async function wardWithPlanInUse(db: Db, code: string) {
  const ward = await createWard(db, code, ['coordinator']);
  const planId = randomUUID();
  const tdb = db;
  const on = new Date('2026-01-05T02:00:00Z');
  await tdb
    .insertInto('plans')
    .values({
      tenant_id: ward.tenantId,
      id: planId,
      year: 2026,
      title: 'Kế hoạch CCHC năm 2026',
      status: 'in_use',
      current_version: 1,
      created_by: null,
      created_at: on,
      in_use_by: null,
      in_use_at: on,
    })
    .execute();
  await tdb
    .insertInto('plan_versions')
    .values({
      tenant_id: ward.tenantId,
      plan_id: planId,
      version: 1,
      kind: 'import',
      status: 'confirmed',
      source_file_name: 'ke-hoach.txt',
      source_format: 'txt',
      source_sha256: '0'.repeat(64),
      parsed: JSON.stringify({ areas: [] }),
      created_by: null,
      created_at: on,
    })
    .execute();
  await tdb
    .insertInto('plan_report_periods')
    .values({ tenant_id: ward.tenantId, plan_id: planId, period: 'Q1', due_date: '2026-03-08' })
    .execute();
  return ward;
}
