import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWard } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let other: Awaited<ReturnType<typeof createWard>>;
beforeAll(async () => {
  t = await startTestApp();
  other = await createWard(t.db, 'le-chan', ['ward_admin', 'officer']);
});
afterAll(() => t.close());

const account = (username: string, roles: string[], extra: Record<string, unknown> = {}) => ({
  username,
  fullName: 'Nguyễn Văn Thử',
  password: 'Mat-khau-dai-2026',
  roles,
  ...extra,
});

describe('roles cannot be escalated', () => {
  it('refuses a ward admin a city_admin or city_observer account, and stores nothing', async () => {
    const admin = await t.loginAs('haiduong.admin');
    const cityAdmin = await admin.post('/api/v1/users', account('gia.thanhpho', ['city_admin']));
    expect(cityAdmin.status).toBe(403);
    expect(cityAdmin.body.error.reason).toEqual({ code: 'role_above_own', values: { role: 'city_admin' } });
    const observer = await admin.post('/api/v1/users', account('gia.quansat', ['city_observer']));
    expect(observer.status).toBe(400);
    expect(observer.body.error.fieldReasons.roles).toEqual({
      code: 'city_role_outside_city',
      values: { role: 'city_observer' },
    });
    const rows = await t.db.selectFrom('user_logins').select('username').where('username', 'like', 'gia.%').execute();
    expect(rows).toEqual([]);
  });

  it('refuses a ward admin accounts in another ward, by code', async () => {
    const admin = await t.loginAs('haiduong.admin');
    const res = await admin.post('/api/v1/users', account('lechan.moi', ['officer'], { tenantCode: 'le-chan' }));
    expect(res.status).toBe(403);
    expect((await admin.get('/api/v1/users?tenantCode=le-chan')).status).toBe(403);
  });

  it("refuses raising a user's roles above one's own, and editing another ward's user", async () => {
    const admin = await t.loginAs('haiduong.admin');
    const created = await admin.post('/api/v1/users', account('haiduong.moi', ['officer']));
    expect(created.status).toBe(201);
    const raised = await admin.patch(`/api/v1/users/${created.body.id}`, { roles: ['city_admin'] });
    expect(raised.status).toBe(403);
    const foreign = await t.db
      .selectFrom('users')
      .select('id')
      .where('tenant_id', '=', other.tenantId)
      .where('username', '=', other.usernames.officer ?? '')
      .executeTakeFirstOrThrow();
    expect((await admin.patch(`/api/v1/users/${foreign.id}`, { roles: ['ward_admin'] })).status).toBe(404);
    const ok = await admin.patch(`/api/v1/users/${created.body.id}`, { roles: ['unit_head'] });
    expect(ok.status).toBe(200);
    expect(ok.body.roles).toEqual(['unit_head']);
  });

  it('gives a city_admin role planted inside a ward no city power', async () => {
    // Written straight to the database, as an account made before grants were checked.
    await t.db
      .updateTable('users')
      .set({ roles: ['city_admin'] })
      .where('username', '=', other.usernames.officer ?? '')
      .execute();
    const planted = await t.loginAs(other.usernames.officer ?? '');
    expect((await planted.get('/api/v1/auth/me')).body.user.roles).toEqual([]);
    const config = await planted.put('/api/v1/indicators/config', {});
    expect(config.status).toBe(403);
    expect((await planted.get('/api/v1/tenants')).body).toHaveLength(1);
    expect((await planted.post('/api/v1/users', account('lechan.gia', ['city_admin']))).status).toBe(403);
  });

  it('lets the city admin make the first accounts of a ward, ward roles only', async () => {
    const city = await t.loginAs('thanhpho.admin');
    const first = await city.post(
      '/api/v1/users',
      account('lechan.quantri', ['ward_admin'], { tenantCode: 'le-chan' }),
    );
    expect(first.status).toBe(201);
    const row = await t.db.selectFrom('users').select('tenant_id').where('id', '=', first.body.id).executeTakeFirst();
    expect(row?.tenant_id).toBe(other.tenantId);
    const wrong = await city.post('/api/v1/users', account('lechan.tp', ['city_admin'], { tenantCode: 'le-chan' }));
    expect(wrong.status).toBe(400);
    const listed = await city.get('/api/v1/users?tenantCode=le-chan');
    expect(listed.body.map((u: { username: string }) => u.username)).toContain('lechan.quantri');
    const login = await t.client().login('lechan.quantri', 'Mat-khau-dai-2026');
    expect(login.status).toBe(204);
  });

  it('keeps city-level writes to the city tenant', async () => {
    const ward = await t.loginAs('haiduong.admin');
    expect((await ward.put('/api/v1/calendar/settings', {})).status).toBe(403);
    expect((await ward.put('/api/v1/indicators/config', {})).status).toBe(403);
  });
});
