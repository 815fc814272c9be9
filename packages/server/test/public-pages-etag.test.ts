// The cached public pages (monthly results, portal, published feedback) carry a weak ETag of their JSON: a client
// that holds the page gets 304 without a body, whichever encoding it was sent; each compressed variant decodes to the
// very bytes sent uncompressed; a change of the page's inputs gives a new ETag, and the old one gets the whole page.
import http from 'node:http';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { ensureSeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  at(t, '2026-03-20 09:00');
});
afterAll(() => t.close());

const PAGES = {
  results: '/api/v1/public/hai-duong/results?month=2026-03',
  portal: '/api/v1/public/hai-duong/portal',
  published: '/api/v1/public/hai-duong/feedback/published',
};

let address = 0;
/** One GET as a citizen's browser makes it (its own address), the body as received: not inflated. */
function raw(path: string, headers: Record<string, string> = {}) {
  const url = new URL(path, t.url);
  const forwarded = `198.51.100.${(++address % 250) + 1}`;
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.get(url, { headers: { 'x-forwarded-for': forwarded, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

describe.each(Object.entries(PAGES))('the %s page', (_name, path) => {
  it('answers 304 without a body to a client holding its ETag, in any encoding and any form of the list', async () => {
    const first = await raw(path);
    expect(first.status).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    const strongForm = etag.slice(2); // compared weakly: the same tag without W/
    for (const held of [etag, strongForm, `W/"somethingelse", ${etag}`, '*']) {
      for (const encoding of ['identity', 'br', 'gzip']) {
        const again = await raw(path, { 'if-none-match': held, 'accept-encoding': encoding });
        expect(again.status, `${held} ${encoding}`).toBe(304);
        expect(again.body.length).toBe(0);
        expect(again.headers.etag).toBe(etag);
        expect(again.headers.vary).toContain('accept-encoding');
      }
    }
    const other = await raw(path, { 'if-none-match': 'W/"somethingelse"' });
    expect(other.status).toBe(200);
    expect(other.body.equals(first.body)).toBe(true);
  });

  it('sends compressed variants that decode to the bytes it sends uncompressed, under the same ETag', async () => {
    const plain = await raw(path, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    JSON.parse(plain.body.toString('utf8')); // JSON, as the route's schema declares
    const decode = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync };
    for (const encoding of ['br', 'gzip'] as const) {
      const res = await raw(path, { 'accept-encoding': encoding });
      expect(res.headers.etag).toBe(plain.headers.etag);
      // A page under 1 kB (an empty feedback list) is sent as is: compressing it gains nothing.
      if (plain.body.length < 1024) expect(res.headers['content-encoding']).toBeUndefined();
      else expect(res.headers['content-encoding']).toBe(encoding);
      const body = res.headers['content-encoding'] ? decode[encoding](res.body) : res.body;
      expect(body.equals(plain.body), encoding).toBe(true);
    }
  });
});

/** Reads `path`, makes `change`, and checks that the page changed under a new ETag the old one does not match. */
async function expectNewEtag(path: string, change: () => Promise<void>) {
  const before = await raw(path);
  await change();
  const after = await raw(path, { 'if-none-match': before.headers.etag as string });
  expect(after.status).toBe(200);
  expect(after.headers.etag).not.toBe(before.headers.etag);
  expect(after.body.equals(before.body)).toBe(false);
  // The new tag is the one now held: 304 again.
  expect((await raw(path, { 'if-none-match': after.headers.etag as string })).status).toBe(304);
  return [before, after].map((res) => JSON.parse(res.body.toString('utf8')));
}

describe('a change of inputs', () => {
  it("gives the month's results a new ETag: a dossier taken in", async () => {
    const desk = await t.loginAs('haiduong.motcua');
    const [before, after] = await expectNewEtag(PAGES.results, async () => {
      expect((await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')))).status).toBe(201);
    });
    expect(after.dossierCount).toBe(before.dossierCount + 1);
  });

  it("gives the portal a new ETag: a task's progress entered", async () => {
    const plan = await ensureSeedPlan(t.db);
    const officer = await t.loginAs('haiduong.vhxh');
    const status = (page: { plan: { areas: { tasks: { no: number; status: string }[] }[] } }) =>
      page.plan.areas.flatMap((a) => a.tasks).find((task) => task.no === 2)?.status;
    const [before, after] = await expectNewEtag(PAGES.portal, async () => {
      const id = plan.taskIds.get(2) as string;
      expect((await officer.post(`/api/v1/tasks/${id}/updates`, { progress: 30 })).status).toBe(200);
    });
    expect([status(before), status(after)]).toEqual(['not_started', 'in_progress']);
  });

  it('keeps the ETag when the page is computed again to the same JSON', async () => {
    const desk = await t.loginAs('haiduong.motcua');
    const first = await desk.get(PAGES.results);
    // Stamps the ward's inputs (migration 0031) without changing what the page says: computed again, same bytes.
    await sql`UPDATE procedures SET name = name WHERE tenant_id = (SELECT id FROM tenants WHERE code = 'hai-duong')`.execute(
      t.db,
    );
    const next = await desk.get(PAGES.results); // a signed-in client waits until its server heard the change
    expect(next.body).toEqual(first.body);
    expect(next.headers.get('etag')).toBe(first.headers.get('etag'));
  });
});
