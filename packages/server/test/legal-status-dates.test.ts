import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let vp: TestClient;
// 10:00 in Vietnam on the given day.
const at = (day: string) => new Date(`${day}T03:00:00Z`);

beforeAll(async () => {
  t = await startTestApp({ now: at('2026-03-02') });
  vp = await t.loginAs('haiduong.vhxh');
});
afterAll(() => t.close());

/** Moves the app's day; the session would have idled out over weeks, so the officer signs in again. */
async function moveTo(day: string) {
  t.clock.set(at(day));
  vp = await t.loginAs('haiduong.vhxh');
}

async function register(numberSymbol: string, dates: { signedOn: string; effectiveOn: string; expiresOn?: string }) {
  const res = await vp.post('/api/v1/legal-documents', {
    numberSymbol,
    docType: 'decision',
    title: `Quyết định ${numberSymbol} về thời hạn áp dụng`,
    issuer: 'Ủy ban nhân dân phường Hải Dương',
    ...dates,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

const statusOf = async (id: string) => (await vp.get(`/api/v1/legal-documents/${id}`)).body.status;
const listed = async (status: string) =>
  ((await vp.get(`/api/v1/legal-documents?status=${status}`)).body as { id: string }[]).map((d) => d.id);

describe('a legal document’s status follows its dates on the app’s day', () => {
  it('is not yet in force before its effective date, in force up to its expiry, expired from then without an edit', async () => {
    await moveTo('2026-03-02');
    const termed = await register('11/2026/QĐ-UBND', {
      signedOn: '2026-02-20',
      effectiveOn: '2026-03-10',
      expiresOn: '2026-06-30',
    });
    const open = await register('12/2026/QĐ-UBND', { signedOn: '2026-01-05', effectiveOn: '2026-01-15' });

    expect(await statusOf(termed)).toBe('not_yet_effective');
    expect(await listed('not_yet_effective')).toEqual([termed]);
    expect(await listed('in_force')).toContain(open);
    expect(await listed('in_force')).not.toContain(termed);

    await moveTo('2026-04-01');
    expect(await statusOf(termed)).toBe('in_force');
    expect(await listed('in_force')).toContain(termed);

    await moveTo('2026-07-01');
    const detail = (await vp.get(`/api/v1/legal-documents/${termed}`)).body;
    expect(detail).toMatchObject({ status: 'expired', endedOn: '2026-06-30' });
    expect(await listed('expired')).toEqual([termed]);
    expect(await listed('in_force')).not.toContain(termed);
    expect(await listed('in_force')).toContain(open);
    // The yearly list of expired documents reads the same status: the term ran out, no acting document.
    const year = (await vp.get('/api/v1/legal-documents/expired/2026')).body;
    expect(year.whole).toEqual([
      expect.objectContaining({
        id: termed,
        status: 'expired',
        reason: 'Hết thời hạn có hiệu lực đã được quy định trong văn bản',
      }),
    ]);
    expect((await vp.get('/api/v1/legal-documents/expired/2025')).body.whole).toEqual([]);
    // Citizens can no longer give feedback about it.
    const info = (await t.client().get('/api/v1/public/hai-duong/feedback/info')).body;
    const offered = (info.documents as { id: string }[]).map((d) => d.id);
    expect(offered).toContain(open);
    expect(offered).not.toContain(termed);
  });
});

// A database of its own: its expired document must not be in the lists of expired documents counted above.
describe('a document whose term ran out', () => {
  let shared: TestApp;
  beforeAll(async () => {
    shared = t;
    t = await startTestApp({ now: at('2026-03-02') });
  });
  afterAll(async () => {
    await t.close();
    t = shared;
  });

  it('refuses to end by hand a document whose term already ran out, leaving it unchanged', async () => {
    await moveTo('2026-03-02');
    const id = await register('13/2026/QĐ-UBND', {
      signedOn: '2026-01-02',
      effectiveOn: '2026-01-02',
      expiresOn: '2026-02-28',
    });
    const before = (await vp.get(`/api/v1/legal-documents/${id}`)).body;
    const res = await vp.post(`/api/v1/legal-documents/${id}/status`, { status: 'expired', effectiveOn: '2026-03-02' });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/hiệu lực/);
    expect((await vp.get(`/api/v1/legal-documents/${id}`)).body).toEqual(before);
  });
});
