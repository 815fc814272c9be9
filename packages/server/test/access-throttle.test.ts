import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp, TestClient } from './support/test-app.js';

// Two loopback source addresses: the test app trusts loopback proxies, and these requests carry no
// X-Forwarded-For, so the server sees each connection's own address.
const STRANGER = '127.0.0.1';
const OWNER = '127.0.0.2';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

// The test clock runs; each attempt is sent at one fixed instant, so a loaded machine cannot outwait the delays.
let instant = new Date('2026-03-20T02:00:00Z');
const login = (from: string, username: string, password: string) => {
  t.clock.set(instant);
  return TestClient.from(t.url, from).post('/api/v1/auth/login', { username, password });
};
const later = (ms: number) => {
  instant = new Date(instant.getTime() + ms);
};

describe('login throttle', () => {
  it('checks at most five of 40 parallel wrong passwords, and refuses the rest with 429', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(STRANGER, 'haiduong.truongphong', `sai-${i}`)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
  });

  it("does not refuse the owner's right password from another address", async () => {
    for (let i = 0; i < 6; i++) await login(STRANGER, 'haiduong.chutich', `doan-${i}`);
    expect((await login(STRANGER, 'haiduong.chutich', DEMO_PASSWORD)).status).toBe(429);
    expect((await login(OWNER, 'haiduong.chutich', DEMO_PASSWORD)).status).toBe(204);
  });

  it('makes a locked (account, address) wait seconds, not minutes', async () => {
    for (let i = 0; i < 5; i++) expect((await login(OWNER, 'haiduong.vhxh', `go-nham-${i}`)).status).toBe(401);
    expect((await login(OWNER, 'haiduong.vhxh', DEMO_PASSWORD)).status).toBe(429);
    later(2_000); // the first delay is 1 s after the fifth failure (the test clock runs on a little past each set)
    expect((await login(OWNER, 'haiduong.vhxh', DEMO_PASSWORD)).status).toBe(204);
  });

  it('clears only the pair that succeeded', async () => {
    for (let i = 0; i < 5; i++) await login(STRANGER, 'haiduong.canbo', `x-${i}`);
    expect((await login(OWNER, 'haiduong.canbo', DEMO_PASSWORD)).status).toBe(204);
    expect((await login(STRANGER, 'haiduong.canbo', DEMO_PASSWORD)).status).toBe(429);
  });
});

// Counted in the server's memory (one server, the default here) and in the database (several servers).
describe.each(['memory', 'database'])('dossier lookup throttle (%s)', (store) => {
  let app: TestApp;
  beforeAll(async () => {
    app = store === 'memory' ? t : await startTestApp({ env: { RATE_LIMIT_STORE: store } });
  });
  afterAll(() => (app === t ? undefined : app?.close()));

  it("lets the applicant in from their own address after a stranger's guesses locked the code for the stranger", async () => {
    at(app, '2026-03-18 09:00');
    const desk = await app.loginAs('haiduong.motcua');
    const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')));
    const { code } = created.body;
    const lookup = (from: string, phone: string) =>
      TestClient.from(app.url, from).post('/api/v1/public/dossiers/lookup', { code, phone });
    for (const digits of ['0000', '0001', '0002', '0003', '0004', '0005']) {
      expect((await lookup(STRANGER, digits)).status).toBe(404);
    }
    expect((await lookup(STRANGER, '5678')).status).toBe(404);
    expect((await lookup(OWNER, '5678')).status).toBe(200);
  });

  it('answers at most five of 12 parallel wrong guesses and refuses the right digits after them', async () => {
    const desk = await app.loginAs('haiduong.motcua');
    const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')));
    const { code } = created.body;
    const from = '127.0.0.3';
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        TestClient.from(app.url, from).post('/api/v1/public/dossiers/lookup', { code, phone: `01${10 + i}` }),
      ),
    );
    expect(guesses.every((g) => g.status === 404)).toBe(true);
    const right = await TestClient.from(app.url, from).post('/api/v1/public/dossiers/lookup', { code, phone: '5678' });
    expect(right.status).toBe(404);
    const failures = await sql<{ n: number }>`SELECT count(*)::int AS n FROM dossier_lookup_failures
      WHERE code = ${code}`.execute(app.db);
    // The database counts in its table; memory counts nothing there.
    expect(failures.rows[0]?.n).toBe(store === 'database' ? 5 : 0);
  });
});
