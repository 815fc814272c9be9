import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWard, seedUnitId } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let other: Awaited<ReturnType<typeof createWard>>;
beforeAll(async () => {
  t = await startTestApp();
  other = await createWard(t.db, 'tan-binh', ['ward_admin', 'officer']);
});
afterAll(() => t.close());

describe('tenant isolation', () => {
  it("answers 404 for another tenant's record, read or write", async () => {
    const c = await t.loginAs('haiduong.admin');
    expect((await c.get(`/api/v1/units/${other.unitId}`)).status).toBe(404);
    const write = await c.patch(`/api/v1/units/${other.unitId}`, { shortName: 'hijack' });
    expect(write.status).toBe(404);
    const row = await t.db.selectFrom('units').select('short_name').where('id', '=', other.unitId).executeTakeFirst();
    expect(row?.short_name).toBe('VHXH');
  });

  it('lists only the caller tenant units', async () => {
    const mine = await (await t.loginAs('haiduong.vhxh')).get('/api/v1/units');
    expect(mine.body.map((u: { code: string }) => u.code)).toContain('TTPVHCC');
    const theirs = await (await t.loginAs(other.usernames.officer ?? '')).get('/api/v1/units');
    expect(theirs.body.map((u: { id: string }) => u.id)).toEqual([other.unitId]);
  });

  it('shows the city admin every tenant and a ward user only its own', async () => {
    const city = await (await t.loginAs('thanhpho.admin')).get('/api/v1/tenants');
    expect(city.body.map((x: { code: string }) => x.code).sort()).toEqual(['hai-duong', 'hai-phong', 'tan-binh']);
    const ward = await (await t.loginAs('haiduong.canbo')).get('/api/v1/tenants');
    expect(ward.body.map((x: { code: string }) => x.code)).toEqual(['hai-duong']);
  });
});

describe('authorisation inside a tenant', () => {
  it('answers 403 to an officer editing a unit of its own tenant', async () => {
    const unitId = await seedUnitId(t.db, 'VHXH');
    const res = await (await t.loginAs('haiduong.canbo')).patch(`/api/v1/units/${unitId}`, { shortName: 'X' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
  });

  it('lets the ward admin edit aliases and records the change in the audit log', async () => {
    const unitId = await seedUnitId(t.db, 'VHXH');
    const c = await t.loginAs('haiduong.admin');
    const res = await c.patch(`/api/v1/units/${unitId}`, { aliases: ['Phòng VHXH', 'P.VHXH', 'P.VHXH'] });
    expect(res.status).toBe(200);
    expect(res.body.aliases).toEqual(['Phòng VHXH', 'P.VHXH']);
    const audit = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity', '=', 'unit')
      .where('entity_id', '=', unitId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ aliases: ['Phòng VHXH', 'P.VHXH'] });
  });

  it('refuses bad input field by field and leaves the record unchanged', async () => {
    const unitId = await seedUnitId(t.db, 'TTPVHCC');
    const c = await t.loginAs('haiduong.admin');
    const res = await c.patch(`/api/v1/units/${unitId}`, { name: '', aliases: 'not-a-list' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['aliases', 'name']);
    const row = await t.db.selectFrom('units').select('name').where('id', '=', unitId).executeTakeFirstOrThrow();
    expect(row.name).toBe('Trung tâm Phục vụ hành chính công');
  });

  it('creates users for the ward admin only, and refuses a taken username with a field error', async () => {
    const admin = await t.loginAs('haiduong.admin');
    const body = { username: 'haiduong.moi', fullName: 'Người Mới', password: 'mat-khau-dai-du', roles: ['officer'] };
    expect((await admin.post('/api/v1/users', body)).status).toBe(201);
    const again = await admin.post('/api/v1/users', body);
    expect(again.status).toBe(409);
    expect(again.body.error.fields.username).toBeTruthy();
    expect(
      (await (await t.loginAs('haiduong.chutich')).post('/api/v1/users', { ...body, username: 'x.y.z' })).status,
    ).toBe(403);
    expect((await t.client().login('haiduong.moi', 'mat-khau-dai-du')).status).toBe(204);
  });
});

describe('order of checks', () => {
  it('answers 401/403 before validating the body, so strangers learn nothing from field errors', async () => {
    const unitId = await seedUnitId(t.db, 'VHXH');
    expect((await t.client().patch(`/api/v1/units/${unitId}`, { name: 42 })).status).toBe(401);
    const officer = await t.loginAs('haiduong.canbo');
    expect((await officer.post('/api/v1/users', { username: 1 })).status).toBe(403);
  });
});
