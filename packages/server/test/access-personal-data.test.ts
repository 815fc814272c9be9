import { DEFAULT_RETENTION_DAYS } from '@cchc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRetention } from '../src/modules/personal-data/retention.js';
import { at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let dossierId: string;
beforeAll(async () => {
  t = await startTestApp();
  at(t, '2026-03-20 09:00');
  const desk = await t.loginAs('haiduong.motcua');
  const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')));
  dossierId = created.body.id;
});
afterAll(() => t?.close());

describe('personal data (Decree 13)', () => {
  it('shows the applicant’s contacts to the counter and logs the read; masks them for the Fatherland Front', async () => {
    const reads = () =>
      t.db
        .selectFrom('audit_events')
        .select(['action', 'entity_id', 'after'])
        .where('action', '=', 'personal_data.read')
        .execute();
    const before = (await reads()).length; // the intake's own answer showed them too
    const desk = await t.loginAs('haiduong.motcua');
    const full = await desk.get(`/api/v1/dossiers/${dossierId}`);
    expect(full.body.applicant).toMatchObject({ phone: '0912 345 678', idNumber: '030090001234' });
    const after = await reads();
    expect(after).toHaveLength(before + 1);
    expect(after.slice(-1)).toEqual([
      {
        action: 'personal_data.read',
        entity_id: `dossier:${dossierId}`,
        after: { fields: ['name', 'phone', 'email', 'address', 'idNumber'] },
      },
    ]);
    const front = await (await t.loginAs('haiduong.mattran')).get(`/api/v1/dossiers/${dossierId}`);
    expect(front.body.applicant).toEqual({
      name: 'Nguyễn Văn An',
      phone: '*******678',
      email: 'a***@example.vn',
      address: '***, phường Hải Dương',
      idNumber: '*********234',
    });
  });

  it("exports one citizen's dossiers for the ward admin only, by phone or identity number", async () => {
    const admin = await t.loginAs('haiduong.admin');
    const byPhone = await admin.get('/api/v1/personal-data/export?phone=0912345678');
    expect(byPhone.status).toBe(200);
    expect(byPhone.body.dossiers.map((d: { applicant: { idNumber: string } }) => d.applicant.idNumber)).toEqual([
      '030090001234',
    ]);
    const byId = await admin.get('/api/v1/personal-data/export?idNumber=030090001234');
    expect(byId.body.dossiers).toHaveLength(1);
    expect((await admin.get('/api/v1/personal-data/export')).status).toBe(400);
    expect(
      (await (await t.loginAs('haiduong.canbo')).get('/api/v1/personal-data/export?phone=0912345678')).status,
    ).toBe(403);
  });

  it('erases contacts past their retention, keeping the record', async () => {
    const longAgo = new Date('2015-01-05T02:00:00Z');
    await t.db.updateTable('dossiers').set({ ended_at: longAgo }).where('id', '=', dossierId).execute();
    await t.db.insertInto('login_failures').values({ username: 'cu', ip: '192.0.2.1', at: longAgo }).execute();
    const first = await applyRetention(t.db, t.clock.now(), DEFAULT_RETENTION_DAYS);
    expect(first).toMatchObject({ dossierContacts: 1, loginFailures: 1 });
    const row = await t.db
      .selectFrom('dossiers')
      .select(['applicant_name', 'applicant_phone', 'applicant_id_number'])
      .where('id', '=', dossierId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ applicant_name: 'Nguyễn Văn An', applicant_phone: null, applicant_id_number: null });
    expect(await applyRetention(t.db, t.clock.now(), DEFAULT_RETENTION_DAYS)).toMatchObject({ dossierContacts: 0 });
  });
});
