// Decisions carry the number of the document that records them, in the forms officers type, and a refusal
// of the number says so on the field, leaving the record as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
let head: TestClient;
let chairman: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
  head = await t.loginAs('haiduong.truongphong');
  chairman = await t.loginAs('haiduong.chutich');
});
afterAll(() => t?.close());

async function propose(reason: string) {
  const task = (await head.get(`/api/v1/tasks/${plan.taskIds.get(20)}`)).body;
  const res = await head.post('/api/v1/task-amendments', {
    action: 'change',
    taskId: task.id,
    fields: {
      content: task.content,
      product: `${task.product ?? 'Kế hoạch'} (${reason})`,
      leadUnitIds: [plan.unitIds.get('TTPVHCC')],
      timeframeText: 'Quý II/2026',
      timeframeKind: 'quarter',
      startDate: '2026-04-01',
      dueDate: '2026-06-30',
    },
    reason,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}
const amendment = async (id: string) =>
  ((await chairman.get('/api/v1/task-amendments')).body.items as { id: string }[]).find((a) => a.id === id);

describe('a task amendment’s decision', () => {
  it('refuses a number that is not one, on the field, and decides nothing', async () => {
    const id = await propose('Chờ hướng dẫn');
    const res = await chairman.post(`/api/v1/task-amendments/${id}/approve`, { decisionNumber: 'quyết định số bốn' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.decisionNumber).toMatch(/45\/QĐ-UBND/);
    expect(await amendment(id)).toMatchObject({ status: 'proposed', decisionNumber: null });
    // A refusal needs its reason, the number is not asked for.
    const reject = await chairman.post(`/api/v1/task-amendments/${id}/reject`, {});
    expect(reject.status).toBe(400);
    expect(reject.body.error.fields.note).toBe('Cần ghi lý do không đồng ý đề xuất.');
    expect((await chairman.post(`/api/v1/task-amendments/${id}/reject`, { note: 'Giữ nguyên' })).status).toBe(204);
  });

  it('keeps the approval decision’s number as typed in the usual forms', async () => {
    const id = await propose('Điều chỉnh thời gian');
    const res = await chairman.post(`/api/v1/task-amendments/${id}/approve`, { decisionNumber: 'Số: 45/QĐ-UBND' });
    expect(res.status, JSON.stringify(res.body)).toBe(204);
    expect(await amendment(id)).toMatchObject({ status: 'approved', decisionNumber: '45/QĐ-UBND', decisionNote: null });
  });
});

describe('an apology letter’s number', () => {
  it('is optional, kept when given, and refused on its field when it is not a number', async () => {
    at(t, '2026-03-09 10:00');
    const desk = await t.loginAs('haiduong.motcua');
    const dossier = (await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.000894')))).body;
    at(t, '2026-03-13 09:00');
    const officer = await t.loginAs('haiduong.motcua');
    const letter = { reason: 'Chờ kết quả xác minh của Công an', newDueAt: '2026-03-19T10:00:00+07:00' };
    const bad = await officer.post(`/api/v1/dossiers/${dossier.id}/apology`, { ...letter, letterNumber: '??' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.letterNumber).toMatch(/^Số phiếu chưa đúng dạng/);
    expect((await officer.get(`/api/v1/dossiers/${dossier.id}`)).body.apologyLetter?.issuedAt ?? null).toBeNull();
    const issued = await officer.post(`/api/v1/dossiers/${dossier.id}/apology`, {
      ...letter,
      letterNumber: '12/PXL-BPMC',
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    expect(issued.body.apologyLetter).toMatchObject({ letterNumber: '12/PXL-BPMC', reason: letter.reason });
    // Mẫu 04 as printed carries the number the letter was registered under.
    const printed = await officer.get(`/api/v1/dossiers/${dossier.id}/documents/apology/html`);
    expect(printed.status).toBe(200);
    expect(printed.body).toContain('Số: 12/PXL-BPMC');
  });
});
