// The public lookup answers from the server's memory while it listens to its inputs' changes (lookup-cache.ts).
// These check that every input of the answer, written by any path (here plain SQL, as an import or the CLI would),
// reaches the next lookup: the dossier's status and phone, its procedure's name, its rating.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let code: string;
let id: string;
beforeAll(async () => {
  t = await startTestApp();
  at(t, '2026-04-06 09:00');
  const desk = await t.loginAs('haiduong.motcua');
  const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.000894')));
  ({ code, id } = created.body);
});
afterAll(() => t?.close());

let address = 0;
/** Each lookup from an address of its own (trusted X-Forwarded-For), so polling never meets the per-address limit. */
const lookup = (phone = '5678') =>
  t
    .client()
    .post('/api/v1/public/dossiers/lookup', { code, phone }, { 'x-forwarded-for': `10.9.0.${++address % 250}` });
/** A change heard by the server shows within moments; generous, as the machine may be busy. */
const eventually = (check: () => Promise<unknown>) => expect.poll(check, { timeout: 15_000, interval: 50 });

describe('public lookup kept in memory', () => {
  it('answers the same twice, then shows a status written by plain SQL', async () => {
    const first = await lookup();
    expect(first.body).toMatchObject({ code, status: 2, procedureName: 'Đăng ký kết hôn', rated: false });
    expect((await lookup()).body).toEqual(first.body);
    await sql`UPDATE dossiers SET status = 4, history = history || ${JSON.stringify([{ status: 4, at: '2026-04-06T03:00:00.000Z' }])}::jsonb
               WHERE id = ${id}`.execute(t.db);
    await eventually(async () => (await lookup()).body.status).toBe(4);
    expect((await lookup()).body.timeline).toEqual([
      ...first.body.timeline,
      { status: 4, at: '2026-04-06T03:00:00.000Z' },
    ]);
  });

  it("opens with the new phone's digits and no longer with the old ones", async () => {
    expect((await lookup('5678')).status).toBe(200);
    await sql`UPDATE dossiers SET applicant_phone = '0987 000 111' WHERE id = ${id}`.execute(t.db);
    await eventually(async () => (await lookup('0111')).status).toBe(200);
    expect((await lookup('5678')).status).toBe(404);
  });

  it("shows the procedure's new name and a rating made outside the page", async () => {
    await sql`UPDATE procedures SET name = 'Đăng ký kết hôn (đổi tên)'
               WHERE id = (SELECT procedure_id FROM dossiers WHERE id = ${id})`.execute(t.db);
    await eventually(async () => (await lookup('0111')).body.procedureName).toBe('Đăng ký kết hôn (đổi tên)');
    await sql`INSERT INTO dossier_ratings (tenant_id, dossier_id, satisfied, criteria, rated_at)
              SELECT tenant_id, id, true, '{}', now() FROM dossiers WHERE id = ${id}`.execute(t.db);
    await eventually(async () => (await lookup('0111')).body.rated).toBe(true);
  });

  it('a signed-in client sees a write committed before its lookup at once', async () => {
    const officer = await t.loginAs('haiduong.canbo');
    await sql`UPDATE dossiers SET status = 5 WHERE id = ${id}`.execute(t.db);
    const res = await officer.post('/api/v1/public/dossiers/lookup', { code, phone: '0111' });
    expect(res.body.status).toBe(5);
  });
});
