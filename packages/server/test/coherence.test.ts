// The server refuses an incoherent write with a Vietnamese reason on the field, and the record stays
// exactly as it was; the API's `allowed` list never offers a refused action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
});
afterAll(() => t?.close());

/** What a refusal must not touch: the task's status, progress and timeline. */
const taskState = async (id: string) => {
  const body = (await (await t.loginAs('haiduong.vhxh')).get(`/api/v1/tasks/${id}`)).body;
  return { status: body.status, progress: body.progress, timeline: body.timeline.length };
};

describe('task progress and status agree', () => {
  it('refuses 100 % with "Chưa triển khai", on the progress field, and keeps the task as it was', async () => {
    const id = plan.taskIds.get(2) as string;
    const officer = await t.loginAs('haiduong.vhxh');
    const before = await taskState(id);
    const res = await officer.post(`/api/v1/tasks/${id}/updates`, { progress: 100, status: 'not_started' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.progress).toMatch(/^Nhiệm vụ «Chưa triển khai» không thể có tiến độ trên 0 %/);
    expect(await taskState(id)).toEqual(before);
  });

  it('refuses a progress out of range rather than capping it', async () => {
    const id = plan.taskIds.get(2) as string;
    const officer = await t.loginAs('haiduong.vhxh');
    const before = await taskState(id);
    for (const progress of [101, -1, 50.5]) {
      const res = await officer.post(`/api/v1/tasks/${id}/updates`, { progress });
      expect(res.status).toBe(400);
      expect(res.body.error.fields.progress).toBeTruthy();
    }
    expect(await taskState(id)).toEqual(before);
  });

  it('refuses an update that changes nothing; the same update with a comment is kept', async () => {
    const id = plan.taskIds.get(2) as string;
    const officer = await t.loginAs('haiduong.vhxh');
    expect((await officer.post(`/api/v1/tasks/${id}/updates`, { progress: 30 })).status).toBe(200);
    const before = await taskState(id);
    const same = await officer.post(`/api/v1/tasks/${id}/updates`, { progress: 30, status: 'in_progress' });
    expect(same.status).toBe(400);
    expect(same.body.error.fields.comment).toMatch(/^Cập nhật không thay đổi gì/);
    expect(await taskState(id)).toEqual(before);
    const commented = await officer.post(`/api/v1/tasks/${id}/updates`, { progress: 30, comment: 'Đã họp triển khai' });
    expect(commented.status).toBe(200);
  });
});

describe('one-stop moves only from the states the law allows', () => {
  it('refuses "Đã nhận bổ sung" unless a supplement was requested, and does not offer it', async () => {
    at(t, '2026-03-02 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.009994')));
    expect(created.body.status).toBe(2);
    expect(created.body.allowed).not.toContain('receive_supplement');
    const early = await act(desk, created.body.id, 'receive-supplement');
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('Chỉ nhận bổ sung khi hồ sơ đang ở trạng thái «Yêu cầu bổ sung giấy tờ».');
    await act(desk, created.body.id, 'start');
    const processing = await act(desk, created.body.id, 'receive-supplement');
    expect(processing.status).toBe(409);
    const after = (await desk.get(`/api/v1/dossiers/${created.body.id}`)).body;
    expect(after.status).toBe(4);
    expect(after.history.map((h: { status: number }) => h.status)).toEqual([2, 4]);
    expect(after.allowed).not.toContain('receive_supplement');
    expect(after.allowed).not.toContain('start');
  });
});

describe('plan amendments keep to the plan year', () => {
  const fields = (plan: SeedPlan, dueDate: string) => ({
    content: 'Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền của phường',
    product: 'Báo cáo',
    leadUnitIds: [plan.unitIds.get('TTPVHCC')],
    timeframeText: 'Năm 2026',
    timeframeKind: 'date',
    dueDate,
  });

  it('refuses a new deadline outside the plan year, asks to confirm one already past, and a rejection says why', async () => {
    at(t, '2026-03-02 09:00'); // this test's own day, whatever ran before it
    const head = await t.loginAs('haiduong.truongphong');
    const chairman = await t.loginAs('haiduong.chutich');
    const taskId = plan.taskIds.get(20);
    const outside = await head.post('/api/v1/task-amendments', {
      action: 'change',
      taskId,
      fields: fields(plan, '2027-01-15'),
      reason: 'Lùi hạn',
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.reason).toEqual({ code: 'due_outside_plan_year', values: { year: 2026 } });
    expect(outside.body.error.fields['fields.dueDate']).toBe(outside.body.error.message);
    const past = await head.post('/api/v1/task-amendments', {
      action: 'change',
      taskId,
      fields: fields(plan, '2026-02-27'),
      reason: 'Ghi nhận hạn thực tế',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.reason).toEqual({ code: 'due_in_past', values: { today: '2026-03-02' } });
    expect(
      (await chairman.get('/api/v1/task-amendments')).body.items.filter(
        (a: { status: string }) => a.status === 'proposed',
      ),
    ).toHaveLength(0);
    const confirmed = await head.post('/api/v1/task-amendments', {
      action: 'change',
      taskId,
      fields: fields(plan, '2026-02-27'),
      reason: 'Ghi nhận hạn thực tế',
      confirmPastDue: true,
    });
    expect(confirmed.status).toBe(201);
    const bare = await chairman.post(`/api/v1/task-amendments/${confirmed.body.id}/reject`, {});
    expect(bare.status).toBe(400);
    expect(bare.body.error.fields.note).toBe('Cần ghi lý do không đồng ý đề xuất.');
    const still = (await chairman.get('/api/v1/task-amendments')).body.items.find(
      (a: { id: string }) => a.id === confirmed.body.id,
    );
    expect(still.status).toBe('proposed');
  });
});

describe('a unit report is sent only with content', () => {
  it('refuses an empty report and stores nothing; a returned report tells the unit why', async () => {
    const Q1 = '/api/v1/reports/periods/2026-Q1';
    const centre = plan.unitIds.get('TTPVHCC') as string;
    const officer = await t.loginAs('haiduong.canbo');
    const form = (await officer.get(`${Q1}/units/${centre}`)).body;
    const blank = {
      ...form.content,
      results: Object.fromEntries(Object.keys(form.content.results).map((k) => [k, ' '])),
      limits: '',
      causes: '',
      proposals: '',
      nextTasks: '',
    };
    const empty = await officer.post(`${Q1}/units/${centre}/submit`, { content: blank, confirm: true });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields.content).toBe('Báo cáo chưa có nội dung: hãy ghi kết quả thực hiện trước khi gửi.');
    expect((await officer.get(`${Q1}/units/${centre}`)).body.status).toBe(form.status);

    // With content but without the confirmation ("Gửi báo cáo?"), nothing is sent or saved.
    const unconfirmed = await officer.post(`${Q1}/units/${centre}/submit`, {
      content: { ...blank, limits: 'Thiếu máy quét.' },
    });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.fields.confirm).toMatch(/^Cần xác nhận gửi báo cáo/);
    const still = (await officer.get(`${Q1}/units/${centre}`)).body;
    expect({ status: still.status, limits: still.content.limits }).toEqual({
      status: form.status,
      limits: form.content.limits,
    });

    const sent = await officer.post(`${Q1}/units/${centre}/submit`, {
      content: { ...blank, limits: 'Thiếu máy quét.' },
      confirm: true,
    });
    expect(sent.body.status).toBe('submitted');
    const coordinator = await t.loginAs('haiduong.vhxh');
    expect((await coordinator.post(`${Q1}/units/${centre}/return`, { comment: 'Bổ sung kết quả.' })).status).toBe(200);
    const bell = (await officer.get('/api/v1/notifications')).body.items;
    expect(bell.find((n: { kind: string }) => n.kind === 'report_returned')?.data).toMatchObject({
      comment: 'Bổ sung kết quả.',
      periodCode: '2026-Q1',
    });
  });
});
