import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredRoute } from '../src/http/policy.js';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { cliEnv, cliTestTimeout, runCli } from './support/cli-process.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const NEW = 'Mat-khau-moi-2026';

async function newOfficer(username: string) {
  const admin = await t.loginAs('haiduong.admin');
  const res = await admin.post('/api/v1/users', {
    username,
    fullName: 'Trần Văn Thử',
    password: DEMO_PASSWORD,
    roles: ['officer'],
  });
  expect(res.status).toBe(201);
  return { admin, id: res.body.id as string };
}

describe('account lifecycle', () => {
  it('changes one’s own password, ending the other sessions', async () => {
    await newOfficer('vongdoi.doimk');
    const laptop = await t.loginAs('vongdoi.doimk');
    const phone = await t.loginAs('vongdoi.doimk');
    const wrong = await laptop.post('/api/v1/auth/password', { currentPassword: 'sai', newPassword: NEW });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fieldReasons.currentPassword.code).toBe('wrong_current');
    const ok = await laptop.post('/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: NEW });
    expect(ok.status).toBe(204);
    expect((await laptop.get('/api/v1/auth/me')).status).toBe(200);
    expect((await phone.get('/api/v1/auth/me')).status).toBe(401);
    expect((await t.client().login('vongdoi.doimk', NEW)).status).toBe(204);
  });

  it('makes a reset password temporary: to be changed before anything else', async () => {
    const { admin, id } = await newOfficer('vongdoi.datlai');
    const before = await t.loginAs('vongdoi.datlai');
    expect((await admin.post(`/api/v1/users/${id}/password`, { password: 'Tam-thoi-2026' })).status).toBe(204);
    expect((await before.get('/api/v1/auth/me')).status).toBe(401);
    const user = t.client();
    expect((await user.login('vongdoi.datlai', 'Tam-thoi-2026')).status).toBe(204);
    const me = await user.get('/api/v1/auth/me');
    expect(me.body.mustChangePassword).toBe(true);
    const blocked = await user.get('/api/v1/tasks');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.message).toBe('Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục.');
    await user.post('/api/v1/auth/password', { currentPassword: 'Tam-thoi-2026', newPassword: NEW });
    expect((await user.get('/api/v1/auth/me')).body.mustChangePassword).toBe(false);
    expect((await user.get('/api/v1/tasks')).status).toBe(200);
  });

  it('refuses every route but the password change, logout and "who am I" while the password is temporary', async () => {
    const { admin, id } = await newOfficer('vongdoi.tamthoi');
    expect((await admin.post(`/api/v1/users/${id}/password`, { password: 'Tam-thoi-2026' })).status).toBe(204);
    const user = t.client();
    expect((await user.login('vongdoi.tamthoi', 'Tam-thoi-2026')).status).toBe(204);
    const open = new Set(['GET /api/v1/auth/me', 'POST /api/v1/auth/password', 'POST /api/v1/auth/logout']);
    const routes = (t.app.apiRoutes as RegisteredRoute[]).filter(
      (r) =>
        !('public' in r.policy) &&
        !('apiKey' in r.policy) &&
        r.url.startsWith('/api/v1') &&
        !['HEAD', 'OPTIONS'].includes(r.method) &&
        !open.has(`${r.method} ${r.url}`),
    );
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['GET /api/v1/auth/sessions', 'DELETE /api/v1/auth/sessions/:id']),
    );
    const own = await t.db.selectFrom('sessions').select('id').where('user_id', '=', id).executeTakeFirstOrThrow();
    const passed: string[] = [];
    for (const route of routes) {
      const url = route.url
        .replace('/auth/sessions/:id', `/auth/sessions/${own.id}`)
        .replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const res = await user.request(route.method, url, route.method === 'GET' ? undefined : {});
      if (res.status !== 403 || res.body?.error?.message !== 'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục.') {
        passed.push(`${route.method} ${route.url}: ${res.status}`);
      }
    }
    expect(passed).toEqual([]);
    const sessions = await t.db.selectFrom('sessions').select('id').where('user_id', '=', id).execute();
    expect(sessions).toEqual([own]); // its own DELETE /auth/sessions/:id was refused too
    expect((await user.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('ends every session of a deactivated user at once, and refuses its login', async () => {
    const { admin, id } = await newOfficer('vongdoi.khoa');
    const one = await t.loginAs('vongdoi.khoa');
    const two = await t.loginAs('vongdoi.khoa');
    expect((await admin.patch(`/api/v1/users/${id}`, { active: false })).body.active).toBe(false);
    expect((await one.get('/api/v1/auth/me')).status).toBe(401);
    expect((await two.get('/api/v1/auth/me')).status).toBe(401);
    const sessions = await t.db.selectFrom('sessions').select('id').where('user_id', '=', id).execute();
    expect(sessions).toEqual([]);
    expect((await t.client().login('vongdoi.khoa', DEMO_PASSWORD)).status).toBe(401);
    const self = await admin.get('/api/v1/auth/me');
    expect((await admin.patch(`/api/v1/users/${self.body.user.id}`, { active: false })).status).toBe(403);
  });

  it('lists one’s sessions and revokes one of them', async () => {
    await newOfficer('vongdoi.phien');
    const a = await t.loginAs('vongdoi.phien');
    const b = await t.loginAs('vongdoi.phien');
    const list = await a.get('/api/v1/auth/sessions');
    expect(list.body).toHaveLength(2);
    expect(list.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ ip: '127.0.0.1' });
    const other = list.body.find((s: { current: boolean }) => !s.current);
    expect((await a.delete(`/api/v1/auth/sessions/${other.id}`)).status).toBe(204);
    expect((await b.get('/api/v1/auth/me')).status).toBe(401);
    expect((await a.get('/api/v1/auth/me')).status).toBe(200);
    const stranger = await t.loginAs('haiduong.canbo');
    const mine = (await a.get('/api/v1/auth/sessions')).body[0].id;
    expect((await stranger.delete(`/api/v1/auth/sessions/${mine}`)).status).toBe(404);
  });

  it('ends a session idle longer than SESSION_IDLE_MINUTES', async () => {
    const idle = await startTestApp({ env: { SESSION_IDLE_MINUTES: '30' } });
    try {
      const c = await idle.loginAs('haiduong.motcua');
      idle.clock.set(new Date(idle.clock.now().getTime() + 20 * 60_000));
      expect((await c.get('/api/v1/auth/me')).status).toBe(200);
      idle.clock.set(new Date(idle.clock.now().getTime() + 31 * 60_000));
      expect((await c.get('/api/v1/auth/me')).status).toBe(401);
    } finally {
      await idle.close();
    }
  });

  it('makes console accounts not temporary, and refuses a city role in a ward there (exit 2)', {
    timeout: cliTestTimeout(2),
  }, async () => {
    const env = cliEnv(t.dataDir, { DATABASE_URL: t.databaseUrl, CCHC_PASSWORD: DEMO_PASSWORD });
    const args = [
      'users',
      'create',
      '--tenant',
      'hai-duong',
      '--username',
      'vongdoi.cli',
      '--full-name',
      'Lê Thị Lệnh',
    ];
    expect(runCli([...args, '--roles', 'officer'], env).status).toBe(0);
    const c = await t.loginAs('vongdoi.cli');
    expect((await c.get('/api/v1/auth/me')).body.mustChangePassword).toBe(false);
    const city = runCli([...args.slice(0, 5), 'vongdoi.cli2', ...args.slice(6), '--roles', 'city_admin'], env);
    expect(city.status).toBe(2);
    expect(city.stderr).toContain('chỉ dành cho tài khoản của Thành phố');
  });
});
