import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, at, intakeBody, procedureId, uploadFile } from './support/dossier-fixtures.js';
import { seedUnitId } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  at(t, '2026-03-20 09:00');
});
afterAll(() => t?.close());

const setScope = async (actionScope: 'ward' | 'unit') => {
  const admin = await t.loginAs('haiduong.admin');
  const res = await admin.put('/api/v1/dossiers/settings', {
    agencyCode: 'H15.50.05.13',
    secondSupplement: 'warn',
    actionScope,
  });
  expect(res.body.actionScope).toBe(actionScope);
};

describe('dossier actions scoped to the handling unit', () => {
  it('refuses an officer of another unit under the unit scope, and lets the handling unit and the assignee act', async () => {
    const desk = await t.loginAs('haiduong.motcua');
    const vhxh = await seedUnitId(t.db, 'VHXH');
    const procedure = await procedureId(desk, '1.001193');
    const ofVhxh = await desk.post('/api/v1/dossiers', intakeBody(procedure, { unitId: vhxh }));
    expect(ofVhxh.status).toBe(201);
    const officer = await t.loginAs('haiduong.canbo'); // Trung tâm Phục vụ HCC, not VHXH

    await setScope('unit');
    const refused = await act(officer, ofVhxh.body.id, 'start');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('đơn vị khác xử lý');
    expect((await officer.get(`/api/v1/dossiers/${ofVhxh.body.id}`)).body.allowed).not.toContain('start');

    const head = await t.loginAs('haiduong.truongphong');
    const me = await officer.get('/api/v1/auth/me');
    const assigned = await act(head, ofVhxh.body.id, 'assign', { userId: me.body.user.id });
    expect(assigned.status).toBe(403); // the head of another unit may not assign it either
    await t.db.updateTable('dossiers').set({ assignee_id: me.body.user.id }).where('id', '=', ofVhxh.body.id).execute();
    expect((await act(officer, ofVhxh.body.id, 'start')).status).toBe(200);

    await setScope('ward');
    const another = await desk.post('/api/v1/dossiers', intakeBody(procedure, { unitId: vhxh }));
    expect((await act(officer, another.body.id, 'start')).status).toBe(200);
  });
});

describe('closed feedback', () => {
  it('takes no more attachments once rejected', async () => {
    const desk = await t.loginAs('haiduong.motcua');
    const created = await desk.post('/api/v1/feedback', {
      channel: 'letter',
      category: 'procedure',
      title: 'Thời gian trả kết quả',
      text: 'Đề nghị rút ngắn thời gian trả kết quả chứng thực chữ ký.',
      unitId: await seedUnitId(t.db, 'TTPVHCC'),
      receivedAt: t.clock.now().toISOString(),
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001',
      'hex',
    );
    expect((await uploadFile(desk, `/api/v1/feedback/${id}/attachments`, 'a.png', png)).status).toBe(201);
    const rejected = await desk.post(`/api/v1/feedback/${id}/reject`, {
      reason: 'out_of_scope',
      note: 'Không thuộc thẩm quyền của phường.',
    });
    expect(rejected.status).toBe(200);
    const late = await uploadFile(desk, `/api/v1/feedback/${id}/attachments`, 'b.png', png);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe('Phản ánh đã kết thúc: không nhận thêm tệp đính kèm.');
    const files = await t.db.selectFrom('feedback_attachments').select('id').where('feedback_id', '=', id).execute();
    expect(files).toHaveLength(1);
  });
});
