// The seed plan as task tests need it: Phường Hải Dương's 2026 plan in use with its 45 appendix tasks. First
// start imports it (modules/plans); on a database without that import this fixture inserts the same rows
// straight into the plan tables, so the task tests never depend on the importer's state.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { DEFAULT_UNITS, type ExtraTask, type PlanTask, parsePlanText } from '@cchc/domain';
import type { Db } from '../../src/db/database.js';
import { TEST_EPOCH } from './constants.js';
import type { TestClient } from './test-app.js';

const SEED = new URL('../../../../seed/ke-hoach-cchc-2026-phuong-hai-duong.txt', import.meta.url);

/** The ward and its plan, as tests address them. */
export interface SeedPlan {
  tenantId: string;
  planId: string;
  /** Task ids by appendix number. */
  taskIds: Map<number, string>;
  unitIds: Map<string, string>;
}

async function wardOf(db: Db) {
  const ward = await db.selectFrom('tenants').select('id').where('code', '=', 'hai-duong').executeTakeFirstOrThrow();
  const units = await db.selectFrom('units').select(['id', 'code']).where('tenant_id', '=', ward.id).execute();
  return { tenantId: ward.id, unitIds: new Map(units.map((u) => [u.code, u.id])) };
}

/** The seed plan of the test database: the imported one when first start made it, else inserted here. */
export async function ensureSeedPlan(db: Db): Promise<SeedPlan> {
  const { tenantId, unitIds } = await wardOf(db);
  const tdb = db;
  const existing = await tdb
    .selectFrom('plans')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('year', '=', 2026)
    .executeTakeFirst();
  const planId = existing?.id ?? (await insertSeedPlan(db, tenantId, unitIds));
  const tasks = await tdb
    .selectFrom('plan_tasks')
    .select(['id', 'no'])
    .where('tenant_id', '=', tenantId)
    .where('plan_id', '=', planId)
    .where('no', 'is not', null)
    .execute();
  return { tenantId, planId, unitIds, taskIds: new Map(tasks.map((t) => [t.no as number, t.id])) };
}

type AnyTask = (PlanTask | ExtraTask) & { no?: number; group?: string | null };

async function insertSeedPlan(db: Db, tenantId: string, unitIds: Map<string, string>): Promise<string> {
  const text = fs.readFileSync(SEED, 'utf8');
  const parsed = parsePlanText(text, { units: DEFAULT_UNITS });
  const tdb = db;
  const planId = randomUUID();
  const title = parsed.header.title ?? 'Kế hoạch CCHC năm 2026';
  await tdb
    .insertInto('plans')
    .values({
      tenant_id: tenantId,
      id: planId,
      year: 2026,
      title,
      status: 'in_use',
      current_version: 1,
      created_by: null,
      created_at: TEST_EPOCH,
      in_use_by: null,
      in_use_at: TEST_EPOCH,
    })
    .execute();
  await tdb
    .insertInto('plan_versions')
    .values({
      tenant_id: tenantId,
      plan_id: planId,
      version: 1,
      kind: 'import',
      status: 'confirmed',
      source_file_name: 'ke-hoach-cchc-2026-phuong-hai-duong.txt',
      source_format: 'txt',
      source_sha256: createHash('sha256').update(text).digest('hex'),
      parsed: JSON.stringify(parsed),
      created_by: null,
      created_at: TEST_EPOCH,
    })
    .execute();
  const areaOf = new Map(parsed.groups.map((g) => [g.code, g.area ?? null]));
  const all: AnyTask[] = [...parsed.tasks, ...parsed.extraTasks];
  for (const task of all) await insertTask(db, tenantId, planId, task, unitIds, areaOf);
  await tdb
    .insertInto('plan_targets')
    .values(
      parsed.targets.map((t, position) => ({
        tenant_id: tenantId,
        plan_id: planId,
        code: t.code,
        text: t.text,
        measures: JSON.stringify(t.measures),
        position,
      })),
    )
    .execute();
  const periods = new Map(parsed.reports.map((r) => [r.period, r.due]));
  await tdb
    .insertInto('plan_report_periods')
    .values([...periods].map(([period, due]) => ({ tenant_id: tenantId, plan_id: planId, period, due_date: due })))
    .execute();
  return planId;
}

async function insertTask(
  db: Db,
  tenantId: string,
  planId: string,
  t: AnyTask,
  unitIds: Map<string, string>,
  areaOf: Map<string, string | null>,
) {
  const tdb = db;
  const id = randomUUID();
  const appendix = t.source === 'appendix';
  const owner = unitIds.get(t.lead.unitCodes[0] ?? '') ?? unitIds.get('VHXH') ?? null;
  await tdb
    .insertInto('plan_tasks')
    .values({
      tenant_id: tenantId,
      id,
      plan_id: planId,
      no: appendix ? (t.no ?? null) : null,
      group_code: appendix ? (t.group ?? null) : null,
      area_code: appendix ? (areaOf.get(t.group ?? '') ?? null) : null,
      content: t.content,
      lead_text: t.lead.text,
      lead_group: t.lead.group ?? null,
      coordinators_text: t.coordinators.text,
      coordinators_group: t.coordinators.group ?? null,
      owner_unit_id: owner,
      timeframe_text: t.timeframe.text,
      timeframe_kind: t.timeframe.kind,
      start_date: t.timeframe.start,
      due_date: t.timeframe.due,
      product: t.product,
      source: appendix ? 'appendix' : 'prose',
      source_ref: appendix ? null : t.source,
      added_in_version: 1,
      changed_in_version: 1,
    })
    .execute();
  const rows = [
    ...t.lead.unitCodes.map((code, position) => ({ code, position, role: 'lead' as const })),
    ...t.coordinators.unitCodes.map((code, position) => ({ code, position, role: 'coordinator' as const })),
  ].flatMap(({ code, position, role }) => {
    const unitId = unitIds.get(code);
    return unitId ? [{ tenant_id: tenantId, task_id: id, unit_id: unitId, role, position }] : [];
  });
  if (rows.length > 0)
    await tdb
      .insertInto('plan_task_units')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/**
 * Uploads a file as multipart form data, as the browser's form does. TestClient only sends JSON, so this reads its
 * session cookie and CSRF token (private fields) to send the form itself.
 */
export async function uploadEvidence(
  c: TestClient,
  taskId: string,
  name: string,
  bytes: Buffer,
  type = 'application/pdf',
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const { cookie, csrf } = c as unknown as { cookie: string; csrf: string };
  const res = await fetch(`${c.baseUrl}/api/v1/tasks/${taskId}/evidence`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf },
    body: form,
  });
  return { status: res.status, body: await res.json() };
}
