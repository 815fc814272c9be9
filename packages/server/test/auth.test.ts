import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/seed/demo-accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('login', () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a.roles]))(
    'demo account %s logs in with its roles',
    async (u, roles) => {
      const c = t.client();
      expect((await c.login(u)).status).toBe(204);
      const me = await c.get('/api/v1/auth/me');
      expect(me.status).toBe(200);
      expect(me.body.user.roles).toEqual(roles);
      expect(me.body.csrfToken).toBeTruthy();
    },
  );

  it('sets an HttpOnly, SameSite session cookie', async () => {
    const res = await t.client().login('haiduong.vhxh');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^cchc_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('refuses a wrong password with 401 and a Vietnamese message, English on request', async () => {
    const vi = await t.client().login('haiduong.chutich', 'sai-mat-khau');
    expect(vi.status).toBe(401);
    expect(vi.body.error).toMatchObject({
      code: 'invalid_credentials',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    const en = await t
      .client()
      .post('/api/v1/auth/login', { username: 'haiduong.chutich', password: 'nope' }, { 'accept-language': 'en' });
    expect(en.body.error.message).toBe('Wrong username or password.');
  });

  it('answers the sixth quick failed attempt with 429, even with the right password', async () => {
    const c = t.client();
    for (let i = 0; i < 5; i++) expect((await c.login('haiduong.canbo', `wrong-${i}`)).status).toBe(401);
    const sixth = await c.login('haiduong.canbo');
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.message).toBe('Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ít phút.');
    t.clock.set(new Date(t.clock.now().getTime() + 16 * 60_000));
    expect((await c.login('haiduong.canbo')).status).toBe(204);
  });

  it('gives field-level messages for a malformed body', async () => {
    const res = await t.client().post('/api/v1/auth/login', { username: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['password', 'username']);
    // zod's issue codes beside its sentences: the username too short, the password missing.
    expect(res.body.error.fieldReasons.username.code).toBe('too_small');
    expect(res.body.error.fieldReasons.password).toMatchObject({
      code: 'invalid_type',
      values: { expected: 'string' },
    });
    expect(res.body.error.reason.code).toBe('validation_failed');
  });
});

describe('sessions', () => {
  it('requires a login for private routes', async () => {
    const res = await t.client().get('/api/v1/units');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('Vui lòng đăng nhập.');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const c = await t.loginAs('haiduong.admin');
    const units = await c.get('/api/v1/units');
    const forged = await c.withoutCsrf().patch(`/api/v1/units/${units.body[0].id}`, { shortName: 'X' });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('csrf_failed');
  });

  it('ends the session on logout', async () => {
    const c = await t.loginAs('haiduong.vhxh');
    expect((await c.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('expires sessions after the configured days', async () => {
    const c = await t.loginAs('haiduong.vhxh');
    t.clock.set(new Date(t.clock.now().getTime() + 8 * 86_400_000));
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
  });
});

describe('client address', () => {
  it('ignores a forged X-Forwarded-For unless TRUST_PROXY is set', async () => {
    const direct = await startTestApp({ env: { TRUST_PROXY: 'false' } });
    try {
      await direct
        .client()
        .post(
          '/api/v1/auth/login',
          { username: 'haiduong.canbo', password: 'sai' },
          { 'x-forwarded-for': '203.0.113.7' },
        );
      const rows = await direct.db.selectFrom('login_failures').select('ip').execute();
      expect(rows.map((r) => r.ip)).toEqual(['127.0.0.1']);
    } finally {
      await direct.close();
    }
    await t
      .client()
      .post(
        '/api/v1/auth/login',
        { username: 'haiduong.chutich', password: 'sai' },
        { 'x-forwarded-for': '203.0.113.8' },
      );
    const proxied = await t.db.selectFrom('login_failures').select('ip').where('ip', '=', '203.0.113.8').execute();
    expect(proxied).toHaveLength(1);
  });
});
