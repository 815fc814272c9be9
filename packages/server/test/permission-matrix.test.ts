import { ROLES, type Role, rolesAllowedIn } from '@cchc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredRoute } from '../src/http/policy.js';
import { createUser } from '../src/modules/org/use-cases/create-user.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { TEST_EPOCH } from './support/constants.js';
import { createWard } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

/**
 * The permission matrix: every API route × every role × own unit / other unit / other ward, with the
 * expected outcome derived from the route's declared policy. A route's row is its policy: a new route has one by
 * construction (a route without a policy cannot be registered), and the matrix checks that the route keeps it.
 *
 * - role ∉ policy.roles (or a `tenant: 'city'` route for a ward user) → 403 `forbidden`, before any input is read;
 * - role ∈ policy.roles → never 401 or 403 `forbidden` with unusable input (404 / 400 / 2xx), never 500;
 * - another ward's records (ids taken from this ward's tables by the route's path) → never 2xx;
 * - own unit / other unit: the same record read by officers of two units of one ward never answers 500, and the
 *   other unit never sees more than a 404 or 403 where its own unit does.
 *
 * Adding a route: declare its policy (`config: { policy }`); nothing to add here. A route whose allowed roles are
 * refused at record level even with a record of their own goes in RECORD_LEVEL with the reason.
 */

// Routes left out, with why.
const SKIPPED = new Set([
  'POST /api/v1/auth/logout', // ends the matrix's own session; auth.test covers it
]);

let t: TestApp;
const sessions = new Map<Role, TestClient>();
const otherWard = new Map<Role, TestClient>();
let unitOfficers: { own: TestClient; other: TestClient };
const idsByTable = new Map<string, string>();

const WARD_ROLES = ROLES.filter((r) => rolesAllowedIn('ward', [r]).length > 0);

beforeAll(async () => {
  t = await startTestApp();
  const city = await t.db.selectFrom('tenants').select('id').where('kind', '=', 'city').executeTakeFirstOrThrow();
  await createUser(t.db, {
    username: 'matrix.quansat',
    fullName: 'Sở Nội vụ',
    password: DEMO_PASSWORD,
    roles: ['city_observer'],
    tenantId: city.id,
    actorUserId: null,
    now: TEST_EPOCH,
  });
  for (const account of DEMO_ACCOUNTS) {
    for (const role of account.roles) sessions.set(role, await t.loginAs(account.username));
  }
  sessions.set('city_observer', await t.loginAs('matrix.quansat'));
  const other = await createWard(t.db, 'matrix-ward', [...WARD_ROLES]);
  for (const role of WARD_ROLES) otherWard.set(role, await t.loginAs(other.usernames[role] ?? ''));
  unitOfficers = { own: await t.loginAs('haiduong.canbo'), other: await officerOfVhxh() };
  await collectIds();
});
afterAll(() => t?.close());

async function officerOfVhxh(): Promise<TestClient> {
  const [ward, unit] = await Promise.all([
    t.db.selectFrom('tenants').select('id').where('code', '=', 'hai-duong').executeTakeFirstOrThrow(),
    t.db
      .selectFrom('units as u')
      .innerJoin('tenants as x', 'x.id', 'u.tenant_id')
      .select('u.id')
      .where('x.code', '=', 'hai-duong')
      .where('u.code', '=', 'VHXH')
      .executeTakeFirstOrThrow(),
  ]);
  await createUser(t.db, {
    username: 'matrix.vhxh',
    fullName: 'Công chức VHXH',
    password: DEMO_PASSWORD,
    roles: ['officer'],
    unitId: unit.id,
    tenantId: ward.id,
    actorUserId: null,
    now: TEST_EPOCH,
  });
  return t.loginAs('matrix.vhxh');
}

/** One id of Phường Hải Dương per table with an id column: the records another ward must never reach. */
async function collectIds() {
  const ward = await t.db.selectFrom('tenants').select('id').where('code', '=', 'hai-duong').executeTakeFirstOrThrow();
  const tables = await t.db
    .selectFrom('information_schema.columns' as never)
    .select(['table_name' as never])
    .where('column_name' as never, '=', 'id' as never)
    .where('table_schema' as never, '=', 'public' as never)
    .execute();
  for (const { table_name: table } of tables as { table_name: string }[]) {
    const hasTenant = await t.db
      .selectFrom('information_schema.columns' as never)
      .select(['column_name' as never])
      .where('table_name' as never, '=', table as never)
      .where('column_name' as never, '=', 'tenant_id' as never)
      .executeTakeFirst();
    if (!hasTenant) continue;
    const row = (await t.db
      .selectFrom(table as never)
      .select(['id' as never])
      .where('tenant_id' as never, '=', ward.id as never)
      .limit(1)
      .executeTakeFirst()) as { id: unknown } | undefined;
    if (row && typeof row.id === 'string') idsByTable.set(table, row.id);
  }
}

const UUID = '00000000-0000-4000-8000-000000000000';
const SAMPLE: Record<string, string> = {
  year: '2026',
  tenantCode: 'hai-duong',
  code: 'X',
  period: '2026-03',
  kind: 'par', // PAR Index routes (`/par/assessments/:kind/:year`)
};

/** The table a route's `:id` most likely names: the path segment before it (`/dossiers/:id` → dossiers). */
function tableFor(segments: string[], index: number): string | undefined {
  const before = (segments[index - 1] ?? '').replaceAll('-', '_');
  const candidates = [before, `plan_${before}`, before.replace(/s$/, ''), `${before}s`];
  return candidates.find((c) => idsByTable.has(c));
}

/** The route's URL with its parameters filled: this ward's record ids where known, else a random uuid. */
function urlOf(route: RegisteredRoute, realIds: boolean): string {
  const segments = route.url.split('/');
  return segments
    .map((s, i) => {
      if (!s.startsWith(':')) return s;
      const name = s.slice(1);
      if (SAMPLE[name]) return SAMPLE[name];
      const table = realIds && name === 'id' ? tableFor(segments, i) : undefined;
      return table ? (idsByTable.get(table) ?? UUID) : UUID;
    })
    .join('/');
}

const send = (client: TestClient, route: RegisteredRoute, realIds = false) =>
  client.request(
    route.method,
    urlOf(route, realIds),
    route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
  );

const privateRoutes = () =>
  (t.app.apiRoutes as RegisteredRoute[]).filter(
    (r) =>
      !('public' in r.policy) &&
      // The IOC feed's data routes take an API key, not a session (feed.test.ts).
      !('apiKey' in r.policy) &&
      r.url.startsWith('/api/v1') &&
      !['HEAD', 'OPTIONS'].includes(r.method) &&
      !SKIPPED.has(`${r.method} ${r.url}`),
  );

/** What the policy says of a role, the way `enforcePolicy` reads it. */
function policyAllows(route: RegisteredRoute, role: Role): boolean {
  if ('public' in route.policy || 'apiKey' in route.policy) return true;
  const cityUser = rolesAllowedIn('city', [role]).length > 0;
  if (route.policy.tenant === 'city' && !cityUser) return false;
  return route.policy.roles === 'any' || route.policy.roles.includes(role);
}

const refusedByPolicy = (res: { status: number; body: { error?: { code?: string } } }) =>
  res.status === 403 && res.body?.error?.code === 'forbidden';

describe('the permission matrix', () => {
  it('has every private route and every role in it', () => {
    expect(privateRoutes().length).toBeGreaterThan(100);
    expect([...sessions.keys()].sort()).toEqual([...ROLES].sort());
  });

  it('answers each role as the route’s policy declares', { timeout: 240_000 }, async () => {
    const wrong: string[] = [];
    for (const route of privateRoutes()) {
      for (const role of ROLES) {
        const res = await send(sessions.get(role) as TestClient, route);
        const allowed = policyAllows(route, role);
        const ok = allowed ? res.status !== 401 && !refusedByPolicy(res) && res.status < 500 : refusedByPolicy(res);
        if (!ok)
          wrong.push(
            `${route.method} ${route.url} as ${role}: ${res.status} (policy ${allowed ? 'allows' : 'refuses'})`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });

  it("never opens another ward's records, whatever the role", { timeout: 240_000 }, async () => {
    const leaks: string[] = [];
    for (const route of privateRoutes().filter((r) => r.url.includes('/:id'))) {
      for (const role of WARD_ROLES.filter((r) => policyAllows(route, r))) {
        const res = await send(otherWard.get(role) as TestClient, route, true);
        if (res.status < 300 || res.status >= 500) leaks.push(`${route.method} ${route.url} as ${role}: ${res.status}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('gives an officer of another unit no more than one of the handling unit', { timeout: 240_000 }, async () => {
    const wrong: string[] = [];
    for (const route of privateRoutes().filter((r) => r.method === 'GET' && r.url.includes('/:id'))) {
      const own = await send(unitOfficers.own, route, true);
      const other = await send(unitOfficers.other, route, true);
      if (own.status >= 500 || other.status >= 500) wrong.push(`${route.url}: ${own.status}/${other.status}`);
      if (own.status >= 400 && other.status < 300) wrong.push(`${route.url}: own ${own.status}, other ${other.status}`);
    }
    expect(wrong).toEqual([]);
  });
});
