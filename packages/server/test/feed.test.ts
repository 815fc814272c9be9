import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { intakeBody, procedureId } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp, type TestClient, type TestResponse } from './support/test-app.js';

let t: TestApp;
let city: TestClient;
const feed = (path: string, key?: string, from?: string) =>
  fetch(`${t.url}/api/v1/feed/${path}`, {
    headers: { ...(key && { authorization: `Bearer ${key}` }), ...(from && { 'x-forwarded-for': from }) },
  }).then(async (r) => ({
    status: r.status,
    body: await r.json(),
  }));

beforeAll(async () => {
  t = await startTestApp();
  city = await t.loginAs('thanhpho.admin');
  await city.post('/api/v1/tenants', {
    code: 'le-chan',
    name: 'Phường Lê Chân',
    kind: 'ward',
    agencyCode: '000.00.15.H26',
    templateCode: 'hai-duong',
    firstAdmin: { username: 'lechan.admin', fullName: 'Quản trị', password: DEMO_PASSWORD },
  });
  await city.post('/api/v1/tenants', { code: 'an-lao', name: 'Xã An Lão', kind: 'commune' });
  // One dossier in the seed ward, with a name, a phone and an ID number the feed must never show.
  const desk = await t.loginAs('haiduong.motcua');
  expect((await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')))).status).toBe(201);
});
afterAll(() => t?.close());

/**
 * The city's keys: one for Lê Chân, one for every ward, and one for An Lão that a test revokes. Created once, by
 * whichever test needs them first, so each test also runs alone or in any order.
 */
let created: Promise<{ one: TestResponse; oneWard: string; allWards: string; revocable: TestResponse }> | undefined;
const keys = () => {
  created ??= (async () => {
    const one = await city.post('/api/v1/feed/keys', { name: 'IOC Lê Chân', wards: ['le-chan'] });
    const allWards = (await city.post('/api/v1/feed/keys', { name: 'IOC' })).body.key;
    const revocable = await city.post('/api/v1/feed/keys', { name: 'IOC An Lão', wards: ['an-lao'] });
    return { one, oneWard: one.body.key, allWards, revocable };
  })();
  return created;
};

describe('the IOC feed', () => {
  it('lets only the city admin create keys, shown once and stored hashed', async () => {
    expect((await (await t.loginAs('haiduong.admin')).post('/api/v1/feed/keys', { name: 'IOC' })).status).toBe(403);
    const { one, oneWard } = await keys();
    expect(one.status).toBe(201);
    expect(one.body).toMatchObject({ name: 'IOC Lê Chân', wards: ['le-chan'], revokedAt: null });
    const list = await city.get('/api/v1/feed/keys');
    expect(list.body.map((k: { wards: unknown }) => k.wards)).toEqual([['le-chan'], 'all', ['an-lao']]);
    expect(JSON.stringify(list.body)).not.toContain(oneWard);
    const stored = await t.db.selectFrom('feed_keys').select('key_hash').execute();
    expect(stored.every((k) => !k.key_hash.toString('utf8').includes(oneWard))).toBe(true);
    const unknown = await city.post('/api/v1/feed/keys', { name: 'IOC', wards: ['no-such'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.wards).toMatch(/no-such/);
  });

  it('answers 401 without a key or with a wrong one, and 400 for a period that is not a month', async () => {
    const { allWards } = await keys();
    expect((await feed('indicators?period=2026-03')).status).toBe(401);
    const wrong = await feed('indicators?period=2026-03', 'cchc_feed_not-a-real-key');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toMatch(/khóa API/i);
    const bad = await feed('indicators?period=2026-Q1', allWards);
    expect(bad.status).toBe(400);
    expect((await feed('indicators?period=2026-13', allWards)).status).toBe(400);
  });

  it('shows a key limited to one ward that ward alone, and an all-wards key every ward', async () => {
    const { oneWard, allWards } = await keys();
    const one = await feed('indicators?period=2026-03', oneWard);
    expect(one.status).toBe(200);
    expect(one.body.wards.map((w: { code: string }) => w.code)).toEqual(['le-chan']);
    for (const path of ['plan-progress', 'targets', 'feedback?period=2026-03']) {
      const other = await feed(path, oneWard);
      expect(other.status, path).toBe(200);
      expect(
        other.body.wards.map((w: { code: string }) => w.code),
        path,
      ).toEqual(['le-chan']);
    }
    const all = await feed('indicators?period=2026-03', allWards);
    expect(all.body.wards.map((w: { code: string }) => w.code)).toEqual(['an-lao', 'hai-duong', 'le-chan']);
    expect(all.body.wards.map((w: { block: string }) => w.block)).toEqual(['commune', 'ward', 'ward']);
    expect(all.body).toMatchObject({ version: expect.any(String), period: '2026-03' });
  });

  it("sends each ward's 766 indicators with shares rounded to 2 decimals, as its own indicators page counts them", async () => {
    const { allWards } = await keys();
    const all = await feed('indicators?period=2026-03', allWards);
    const seed = all.body.wards.find((w: { code: string }) => w.code === 'hai-duong');
    const own = (await (await t.loginAs('haiduong.vhxh')).get('/api/v1/indicators?period=2026-03')).body;
    expect(seed.indicators.map((r: { code: string }) => r.code)).toEqual(
      own.indicators.map((r: { code: string }) => r.code),
    );
    for (const row of seed.indicators) {
      if (row.rate !== null) {
        expect(row.rate).toBe(Math.round((row.numerator / row.denominator) * 100) / 100);
        expect(Math.round(row.rate * 100) / 100).toBe(row.rate);
      }
    }
    // One dossier received in March at the seed ward (1.001193, received at the counter).
    const received = own.indicators.find((r: { code: string }) => r.code === '1.1');
    expect(seed.indicators.find((r: { code: string }) => r.code === '1.1').denominator).toBe(received.denominator);
  });

  it('holds no personal data in any feed answer', async () => {
    const { allWards } = await keys();
    for (const path of ['indicators?period=2026-03', 'plan-progress', 'targets', 'feedback?period=2026-03']) {
      const text = JSON.stringify((await feed(path, allWards)).body);
      expect(text, path).not.toMatch(/Nguyễn Văn An|0912 ?345 ?678|030090001234|an@example\.vn/);
      expect(text, path).not.toMatch(/\b0\d{9}\b/);
    }
  });

  it('logs every call and refuses a revoked key', async () => {
    const { allWards, revocable } = await keys();
    // From an address of its own, so that only this test's calls are counted, whatever ran before.
    const from = '198.51.100.77';
    const count = async (status: number, keyless: boolean) =>
      (await t.db.selectFrom('feed_calls').select(['key_id', 'status']).where('ip', '=', from).execute()).filter(
        (c) => c.status === status && (c.key_id === null) === keyless,
      ).length;
    expect((await feed('indicators?period=2026-03', undefined, from)).status).toBe(401);
    for (const path of ['indicators?period=2026-03', 'plan-progress', 'targets', 'feedback?period=2026-03']) {
      expect((await feed(path, allWards, from)).status, path).toBe(200);
    }
    expect((await feed('indicators?period=2026-03', revocable.body.key, from)).status).toBe(200);
    // A call is logged once answered (onResponse): the log may trail the last answer by a moment.
    const expected = [1, 5];
    let logged = [await count(401, true), await count(200, false)];
    for (const end = Date.now() + 10_000; logged.join() !== expected.join() && Date.now() < end; ) {
      await new Promise((r) => setTimeout(r, 100));
      logged = [await count(401, true), await count(200, false)];
    }
    expect(logged).toEqual(expected);
    expect((await city.post(`/api/v1/feed/keys/${revocable.body.id}/revoke`)).body.revokedAt).not.toBeNull();
    expect((await feed('indicators?period=2026-03', revocable.body.key)).status).toBe(401);
    expect((await feed('indicators?period=2026-03', allWards)).status).toBe(200);
  });

  it('is documented in the OpenAPI document, each data route keyed by API key', async () => {
    const keyed = t.app.apiRoutes.filter(
      (r) => r.url.startsWith('/api/v1/feed/') && r.method === 'GET' && !r.url.includes('keys'),
    );
    expect(keyed.map((r) => r.policy)).toEqual(keyed.map(() => ({ apiKey: 'feed' })));
    const res = await t.client().get('/api/v1/openapi.json');
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
    const doc = res.body;
    for (const p of ['/api/v1/feed/indicators', '/api/v1/feed/keys', '/api/v1/tenants', '/api/v1/tenants/{ref}']) {
      expect(doc.paths[p], p).toBeDefined();
    }
  });
});
