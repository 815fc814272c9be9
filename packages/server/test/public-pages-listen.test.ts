// The public pages' caches learn of input changes by LISTEN/NOTIFY (migration 0031), one listening connection per
// app server. Two servers share one database here. A change must show on the next public response of a signed-in
// client on both servers (it waits for the server to have heard everything committed before its request), and on
// the next anonymous response of the server that made it (a write's answer waits until its server heard it);
// changes by plain SQL too. Losing the listening connection falls back to reading the stamps, never to serving
// what was cached before.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/database.js';
import { listenToPublicInputs } from '../src/db/public-inputs-listener.js';
import { buildApp } from '../src/http/app.js';
import { publicResultsOut } from '../src/modules/indicators/schemas.js';
import { monthlyResults } from '../src/modules/indicators/use-cases/public-results.js';
import { at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { seedUnitId } from './support/factories.js';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, TestClient } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
/** A second app server on the same database, with its own pool and listener. */
let second: { url: string; close(): Promise<void> };
const servers = () => [t.url, second.url];

beforeAll(async () => {
  t = await startTestApp();
  at(t, '2026-03-20 09:00');
  plan = await ensureSeedPlan(t.db);
  const handle = connect(t.databaseUrl, false, async () => {});
  const app = await buildApp({ ...t.deps, db: handle.db, pool: handle.pool, publicInputs: undefined });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  second = {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
  await untilListening(2);
}, 120_000);
afterAll(async () => {
  await second?.close();
  await t?.close();
});

/** The app servers' listening connections on the test database. */
const listeners = async () =>
  (
    await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'cchc-public-inputs'`.execute(t.db)
  ).rows;

/** Waits (not timed: polls) until `count` servers listen again. */
async function untilListening(count: number) {
  for (let i = 0; i < 200 && (await listeners()).length < count; i++) await new Promise((r) => setTimeout(r, 50));
  expect(await listeners()).toHaveLength(count);
}

let address = 0;
/** A page as `reader` sees it on `server`: anonymous (a bare URL) or a signed-in client. */
type Reader = string | TestClient;
const get = async (reader: Reader, path: string) => {
  const client = typeof reader === 'string' ? new TestClient(reader) : reader;
  const res = await client.get(path, { 'x-forwarded-for': `198.51.100.${(++address % 250) + 1}` });
  expect(res.status).toBe(200);
  return res.body;
};
const results = (reader: Reader) => get(reader, '/api/v1/public/hai-duong/results?month=2026-03');
const portal = (reader: Reader) => get(reader, '/api/v1/public/hai-duong/portal');
const published = (reader: Reader) => get(reader, '/api/v1/public/hai-duong/feedback/published?pageSize=50');
/** Who must see a change made through `writer` at once: that client on both servers, anyone on the writer's own. */
const readersAfter = (writer: TestClient): Reader[] => [...servers().map((s) => writer.at(s)), writer.baseUrl];
const fresh = async () =>
  JSON.parse(JSON.stringify(publicResultsOut.parse(await monthlyResults(t.db, 'hai-duong', '2026-03', t.clock.now()))));

/** Each server's page, read twice so the second read is the cached one. */
async function onBoth<T>(page: (reader: Reader) => Promise<T>): Promise<T[]> {
  const out = [];
  for (const server of servers()) {
    await page(server);
    out.push(await page(server));
  }
  return out;
}

describe('public pages cached on two app servers sharing a database', () => {
  it('has one listening connection per server', async () => {
    expect(await listeners()).toHaveLength(2);
  });

  it('a dossier taken in on one server shows on the next results page of both', async () => {
    const [a, b] = await onBoth(results);
    expect(b).toEqual(a);
    const desk = await t.loginAs('haiduong.motcua');
    const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')));
    expect(created.status).toBe(201);
    for (const reader of readersAfter(desk)) {
      const after = await results(reader);
      expect(after).toEqual(await fresh());
      expect(after.dossierCount).toBe(a.dossierCount + 1);
    }
  });

  it("a task's progress entered on the second server shows on the next portal of both", async () => {
    const id = plan.taskIds.get(2) as string;
    const status = (page: { plan: { areas: { tasks: { no: number; status: string }[] }[] } }) =>
      page.plan.areas.flatMap((a) => a.tasks).find((task) => task.no === 2)?.status;
    const [a, b] = await onBoth(portal);
    expect(status(a)).toBe('not_started');
    expect(b).toEqual(a);
    const officer = new TestClient(second.url);
    await officer.login('haiduong.vhxh');
    expect((await officer.post(`/api/v1/tasks/${id}/updates`, { progress: 30 })).status).toBe(200);
    for (const reader of readersAfter(officer)) expect(status(await portal(reader))).toBe('in_progress');
  });

  it('an answer published on one server shows on the published feedback of both', async () => {
    const [before] = await onBoth(published);
    const submitted = await t.client().post(
      '/api/v1/public/hai-duong/feedback',
      {
        category: 'procedure',
        title: 'Niêm yết phí',
        text: 'Đề nghị niêm yết công khai mức phí chứng thực bản sao tại quầy.',
        name: 'Nguyễn Văn An',
        phone: '0912 345 678',
      },
      { 'x-forwarded-for': '203.0.113.9' },
    );
    expect(submitted.status).toBe(201);
    const desk = await t.loginAs('haiduong.motcua');
    const found = (await desk.get('/api/v1/feedback?pageSize=50')).body.find(
      (f: { trackingCode: string }) => f.trackingCode === submitted.body.trackingCode,
    );
    const act = async (username: string, action: string, body: object) =>
      expect((await (await t.loginAs(username)).post(`/api/v1/feedback/${found.id}/${action}`, body)).status).toBe(200);
    await act('haiduong.motcua', 'route', { unitId: await seedUnitId(t.db, 'TTPVHCC') });
    await act('haiduong.canbo', 'submit-answer', { answer: 'Đã niêm yết mức phí tại quầy.' });
    await act('haiduong.truongphong', 'approve', { publish: true });
    for (const server of servers()) {
      const after = await published(server);
      expect(after.total).toBe(before.total + 1);
      expect(after.items.map((i: { id: string }) => i.id)).toContain(found.id);
    }
  });

  it('a change made by plain SQL, through neither server, shows on both', async () => {
    await onBoth(portal);
    const observer = await t.loginAs('haiduong.motcua');
    await sql`UPDATE plan_tasks SET content = 'Nội dung sửa trực tiếp' WHERE id = ${plan.taskIds.get(3) as string}`.execute(
      t.db,
    );
    for (const server of servers()) {
      const tasks = (await portal(observer.at(server))).plan.areas.flatMap((a: { tasks: { no: number }[] }) => a.tasks);
      expect(tasks.find((task: { no: number }) => task.no === 3).content).toBe('Nội dung sửa trực tiếp');
    }
  });

  it('losing the listening connections serves no stale page, before and after they are back', async () => {
    const [cached] = await onBoth(results);
    await sql`SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity
               WHERE datname = current_database() AND application_name = 'cchc-public-inputs'`.execute(t.db);
    // Whether or not a server has noticed yet, the next page follows a write made while nobody listens.
    const desk = await t.loginAs('haiduong.motcua');
    const intake = async () =>
      expect((await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')))).status).toBe(201);
    await intake();
    for (const reader of readersAfter(desk)) expect((await results(reader)).dossierCount).toBe(cached.dossierCount + 1);
    await untilListening(2);
    for (const reader of readersAfter(desk)) expect((await results(reader)).dossierCount).toBe(cached.dossierCount + 1);
    await intake();
    for (const reader of readersAfter(desk)) expect(await results(reader)).toEqual(await fresh());
  });
});

describe('the listener itself', () => {
  it('hears a ward and the city after it caught up; lost, it stops vouching for anything', async () => {
    const listener = listenToPublicInputs({ connectionString: t.databaseUrl }, t.deps.log);
    try {
      let from: number | undefined;
      for (let i = 0; i < 200 && from === undefined; i++) {
        from = await listener.caughtUp();
        if (from === undefined) await new Promise((r) => setTimeout(r, 50));
      }
      if (from === undefined) throw new Error('the listener never listened');
      const ward = await sql<{ id: string }>`SELECT id FROM tenants WHERE code = 'hai-duong'`.execute(t.db);
      const wardId = ward.rows[0]?.id as string;
      expect(listener.changedSince(wardId, from)).toBe(false);
      await sql`UPDATE procedures SET name = name WHERE tenant_id = ${wardId}`.execute(t.db);
      const afterWard = await listener.caughtUp();
      expect(listener.changedSince(wardId, from)).toBe(true);
      expect(listener.changedSince('00000000-0000-0000-0000-000000000000', from)).toBe(false);
      // The city's calendar is every ward's default: a city change touches them all.
      await sql`UPDATE tenants SET name = name WHERE kind = 'city'`.execute(t.db);
      await listener.caughtUp();
      expect(listener.changedSince('00000000-0000-0000-0000-000000000000', afterWard as number)).toBe(true);
      const beforeLoss = (await listener.caughtUp()) as number;
      await sql`SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity
                 WHERE datname = current_database() AND application_name = 'cchc-public-inputs'`.execute(t.db);
      // Whether the next round trip fails or a reconnect has already answered it, nothing heard before the loss is
      // vouched for any more.
      await listener.caughtUp();
      expect(listener.changedSince('00000000-0000-0000-0000-000000000000', beforeLoss)).toBe(true);
    } finally {
      await listener.close();
    }
    await untilListening(2);
  });
});
