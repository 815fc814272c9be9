// An inspection's dates stay in order and a whole notice number ("20/TB-UBND") is understood;
// a refused conclusion leaves the inspection as it was, with the reason on the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
let coordinator: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
  coordinator = await t.loginAs('haiduong.vhxh');
});
afterAll(() => t?.close());

async function inspectionOf(unitCode: string): Promise<string> {
  const unitId = plan.unitIds.get(unitCode) ?? '';
  const res = await coordinator.post('/api/v1/inspections/plans', {
    year: 2026,
    title: `kiểm tra công tác cải cách hành chính năm 2026 (${unitCode})`,
    scope: 'Việc triển khai Kế hoạch CCHC năm 2026.',
    team: ['Bà Phạm Thị Thanh Vân, Trưởng đoàn'],
    units: [{ unitId, plannedFrom: '2026-06-10', plannedTo: '2026-06-11' }],
  });
  expect(res.status).toBe(201);
  const plans = (await coordinator.get('/api/v1/inspections/plans?year=2026')).body;
  return plans.find((p: { id: string }) => p.id === res.body.id).inspections[0].id;
}

const conclude = (id: string, extra: Record<string, unknown>) =>
  coordinator.post(`/api/v1/inspections/${id}/conclude`, {
    conclusion: 'Đơn vị thực hiện cơ bản đầy đủ nhiệm vụ cải cách hành chính.',
    noticeDate: '2026-06-15',
    signerName: 'Phạm Thị Thanh Vân',
    ...extra,
  });

describe('inspection dates and the notice number', () => {
  it('takes "20/TB-UBND" as notice number 20', async () => {
    const id = await inspectionOf('TTPVHCC');
    const res = await conclude(id, { noticeNumber: '20/TB-UBND' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'concluded', noticeNumber: '20' });
  });

  it('refuses a number it cannot read, a conclusion before the inspection, remediation before the conclusion', async () => {
    const id = await inspectionOf('VHXH');
    const before = (await coordinator.get(`/api/v1/inspections/${id}`)).body;
    const number = await conclude(id, { noticeNumber: 'hai mươi' });
    expect(number.status).toBe(400);
    expect(number.body.error.fields.noticeNumber).toMatch(/^Số thông báo chỉ gồm phần số/);
    const early = await conclude(id, { noticeNumber: '21', noticeDate: '2026-06-01' });
    expect(early.status).toBe(400);
    expect(early.body.error.fields.noticeDate).toBe(
      'Ngày kết luận không được trước ngày bắt đầu kiểm tra (10/06/2026).',
    );
    const followUp = await coordinator.post(`/api/v1/inspections/${id}/follow-ups`, {
      action: 'Niêm yết đủ thủ tục',
      ownerUnitId: plan.unitIds.get('VHXH'),
      dueOn: '2026-06-12',
    });
    expect(followUp.status).toBe(200);
    const late = await conclude(id, { noticeNumber: '21', noticeDate: '2026-06-15' });
    expect(late.status).toBe(400);
    expect(late.body.error.fields.noticeDate).toBe('Hạn khắc phục phải sau ngày kết luận (15/06/2026).');
    const beforeInspection = await coordinator.post(`/api/v1/inspections/${id}/follow-ups`, {
      action: 'Rà soát quy trình',
      ownerUnitId: plan.unitIds.get('VHXH'),
      dueOn: '2026-06-01',
    });
    expect(beforeInspection.status).toBe(400);
    expect(beforeInspection.body.error.fields.dueOn).toMatch(/^Hạn khắc phục phải sau ngày bắt đầu kiểm tra/);
    const after = (await coordinator.get(`/api/v1/inspections/${id}`)).body;
    expect(after.status).toBe(before.status);
    expect(after.noticeNumber).toBeNull();
  });
});
