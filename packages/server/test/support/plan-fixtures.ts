import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { DEFAULT_UNITS, type Role } from '@cchc/domain';
import type { Db } from '../../src/db/database.js';
import { createUser } from '../../src/modules/org/use-cases/create-user.js';
import { SEED_PLAN_FILE } from '../../src/modules/plans/use-cases/import-seed-plan.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.js';
import { TEST_EPOCH } from './constants.js';

/** The seed plan exactly as delivered. */
export const SEED_TEXT = fs.readFileSync(SEED_PLAN_FILE, 'utf8');

/** The JSON body of an upload. */
export const upload = (fileName: string, content: string | Buffer, extra: object = {}) => ({
  fileName,
  contentBase64: Buffer.from(content).toString('base64'),
  ...extra,
});

/**
 * A ward of the seeded city with the default units (those the seed plan names) and one user per role asked
 * for, named `<code>.<role>`; it has no plan yet.
 */
export async function createPlanWard(db: Db, code: string, roles: Role[]) {
  const city = await db.selectFrom('tenants').select('id').where('kind', '=', 'city').executeTakeFirstOrThrow();
  const tenantId = randomUUID();
  await db
    .insertInto('tenants')
    .values({
      ...{ id: tenantId, code, kind: 'ward', parent_id: city.id, name: `Phường ${code}`, short_name: code },
      ...{ agency_code: null, created_at: TEST_EPOCH },
    })
    .execute();
  const unitIds: Record<string, string> = {};
  for (const u of DEFAULT_UNITS) {
    unitIds[u.code] = randomUUID();
    await db
      .insertInto('units')
      .values({
        ...{ tenant_id: tenantId, id: unitIds[u.code] ?? '', code: u.code, name: u.name },
        ...{ short_name: u.shortName, aliases: u.aliases, created_at: TEST_EPOCH },
      })
      .execute();
  }
  const usernames: Partial<Record<Role, string>> = {};
  for (const role of roles) {
    const username = `${code}.${role}`.replaceAll('_', '-');
    await createUser(db, {
      ...{ username, fullName: `${role} ${code}`, password: DEMO_PASSWORD, roles: [role] },
      ...{ unitId: unitIds.VHXH ?? null, tenantId, actorUserId: null, now: TEST_EPOCH },
    });
    usernames[role] = username;
  }
  return { tenantId, unitIds, usernames: usernames as Record<Role, string> };
}

/** The seed's line of task `no` in the appendix. */
const taskLine = (text: string, no: number) => {
  const line = text.split('\n').find((l) => l.startsWith(`${no}\t`));
  if (!line) throw new Error(`no task ${no} in the text`);
  return line;
};

/** A new task appended to the appendix: about something no seed task mentions. */
export const ADDED_TASK =
  '46\tSố hóa hồ sơ lưu trữ của phường giai đoạn 2020–2025 và đưa vào kho dữ liệu dùng chung\tVăn phòng HĐND&UBND\tTrung tâm phục vụ HCC\tQuý IV/2026\tKho hồ sơ số';

/**
 * A later version of the seed: task 20 reworded with a new timeframe, task 44 dropped, task 46 added. Its
 * number of tasks stays 45.
 */
export function editedSeed(): string {
  const twenty = taskLine(SEED_TEXT, 20);
  const editedTwenty = twenty
    .replace(
      'kiểm tra công tác kiểm soát thủ tục hành chính',
      'kiểm tra công tác kiểm soát thủ tục hành chính năm 2026',
    )
    .replace('Quý I năm 2026', 'Quý II/2026');
  return `${SEED_TEXT.replace(twenty, editedTwenty)
    .replace(`${taskLine(SEED_TEXT, 44)}\n`, '')
    .trimEnd()}\n${ADDED_TASK}\n`;
}

/** The comparable part of a task as the API lists it, for "same tasks" assertions across formats. */
export const taskCells = (t: {
  no: number | null;
  group: string | null;
  content: string;
  lead: { text: string };
  coordinators: { text: string };
  timeframe: { text: string; kind: string; start: string | null; due: string | null };
  product: string;
}) => ({
  no: t.no,
  group: t.group,
  content: t.content,
  lead: t.lead.text,
  coordinators: t.coordinators.text,
  timeframe: t.timeframe,
  product: t.product,
});

/** Downloads a binary response (an export) as a demo user: TestClient reads bodies as text. */
export async function downloadAs(baseUrl: string, username: string, path: string) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}
