import { DEFAULT_RETENTION_DAYS } from '@cchc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCitizenData } from '../src/modules/personal-data/export.js';
import { applyRetention } from '../src/modules/personal-data/retention.js';
import { citizenExportOut } from '../src/modules/personal-data/schemas.js';
import { cliEnv, cliTestTimeout, runCli } from './support/cli-process.js';
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

  it("exports one citizen's dossiers and feedback for the ward admin only, each record's read logged", async () => {
    const feedback = await t.client().post('/api/v1/public/hai-duong/feedback', {
      category: 'procedure',
      title: 'Giờ làm việc của quầy',
      text: 'Đề nghị mở quầy một cửa vào sáng thứ Bảy.',
      name: 'Nguyễn Văn An',
      phone: '0912.345.678',
    });
    expect(feedback.status).toBe(201);
    const admin = await t.loginAs('haiduong.admin');
    const byPhone = await admin.get('/api/v1/personal-data/export?phone=0912345678');
    expect(byPhone.status).toBe(200);
    expect(byPhone.body.dossiers.map((d: { applicant: { idNumber: string } }) => d.applicant.idNumber)).toEqual([
      '030090001234',
    ]);
    expect(byPhone.body.dossiers[0].procedure.code).toBe('1.001193');
    expect(byPhone.body.feedback.map((f: { trackingCode: string }) => f.trackingCode)).toEqual([
      feedback.body.trackingCode,
    ]);
    const logged = await t.db
      .selectFrom('audit_events')
      .select('entity_id')
      .where('action', '=', 'personal_data.read')
      .where('entity_id', 'in', [`dossier:${dossierId}`, `feedback:${byPhone.body.feedback[0].id}`])
      .where('actor_user_id', 'is not', null)
      .execute();
    expect(logged.map((r) => r.entity_id)).toContain(`feedback:${byPhone.body.feedback[0].id}`);
    // The answer goes out through the route's response schema: what the export builds passes it unchanged (nothing
    // dropped or altered on the way), and the API's answer is that, field for field.
    const { tenant_id } = await t.db
      .selectFrom('dossiers')
      .select('tenant_id')
      .where('id', '=', dossierId)
      .executeTakeFirstOrThrow();
    const built = await exportCitizenData(
      t.db,
      { tenantId: tenant_id, actorUserId: null },
      { phone: '0912345678' },
      new Date(byPhone.body.exportedAt),
    );
    expect(citizenExportOut.parse(built)).toEqual(built);
    expect(byPhone.body).toEqual(built);
    // By identity number: the dossier only, feedback holds none.
    const byId = await admin.get('/api/v1/personal-data/export?idNumber=030090001234');
    expect([byId.body.dossiers.length, byId.body.feedback.length]).toEqual([1, 0]);
    const byEmail = await admin.get('/api/v1/personal-data/export?email=AN@example.vn');
    expect(byEmail.body.dossiers).toHaveLength(1);
    expect((await admin.get('/api/v1/personal-data/export?phone=0999999999')).body).toMatchObject({
      dossiers: [],
      feedback: [],
    });
    const none = await admin.get('/api/v1/personal-data/export');
    expect(none.status).toBe(400);
    expect(none.body.error.fields.phone).toContain('Cần số điện thoại, số định danh hoặc e-mail');
    expect((await admin.get('/api/v1/personal-data/export?idNumber=12ab')).body.error.fields.idNumber).toContain(
      'Số định danh gồm 9–12 chữ số',
    );
    expect(
      (await (await t.loginAs('haiduong.canbo')).get('/api/v1/personal-data/export?phone=0912345678')).status,
    ).toBe(403);
  });

  it('exports the same from the console: `cchc personal-data export`, JSON on stdout, exit 2 on bad input', {
    timeout: cliTestTimeout(4),
  }, async () => {
    const env = cliEnv(t.dataDir, { DATABASE_URL: t.databaseUrl });
    const json = runCli(
      ['personal-data', 'export', '--tenant', 'hai-duong', '--id-number', '030090001234', '--json'],
      env,
    );
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc.dossiers.map((d: { id: string }) => d.id)).toEqual([dossierId]);
    const text = runCli(['personal-data', 'export', '--tenant', 'hai-duong', '--phone', '0912 345 678'], env);
    expect(text.stdout).toContain('Hồ sơ: 1');
    const bad = runCli(['personal-data', 'export', '--tenant', 'hai-duong', '--id-number', 'x'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--id-number');
    expect(runCli(['personal-data', 'export', '--tenant', 'khong-co', '--phone', '0912345678'], env).status).toBe(2);
  });

  it('erases contacts past their retention, keeping the record', async () => {
    // A dossier of its own, of another applicant: erasing it leaves the one the exports above read untouched.
    const desk = await t.loginAs('haiduong.motcua');
    const applicant = {
      name: 'Trần Thị Bình',
      phone: '0987 654 321',
      idNumber: '030190005678',
      email: 'binh@example.vn',
    };
    const base = intakeBody(await procedureId(desk, '1.001193'));
    const created = await desk.post('/api/v1/dossiers', { ...base, applicant: { ...base.applicant, ...applicant } });
    expect(created.status).toBe(201);
    const endedId: string = created.body.id;
    const longAgo = new Date('2015-01-05T02:00:00Z');
    await t.db.updateTable('dossiers').set({ ended_at: longAgo }).where('id', '=', endedId).execute();
    await t.db.insertInto('login_failures').values({ username: 'cu', ip: '192.0.2.1', at: longAgo }).execute();
    const first = await applyRetention(t.db, t.clock.now(), DEFAULT_RETENTION_DAYS);
    expect(first).toMatchObject({ dossierContacts: 1, loginFailures: 1 });
    const row = await t.db
      .selectFrom('dossiers')
      .select(['applicant_name', 'applicant_phone', 'applicant_id_number'])
      .where('id', '=', endedId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ applicant_name: 'Trần Thị Bình', applicant_phone: null, applicant_id_number: null });
    expect(await applyRetention(t.db, t.clock.now(), DEFAULT_RETENTION_DAYS)).toMatchObject({ dossierContacts: 0 });
  });
});
