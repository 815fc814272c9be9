// Who accepts a completion, step by step: the unit head's approval between the officer and the coordinator, and
// the second pair of eyes on the coordinator's own unit's tasks. Every step through HTTP, with the to-do lists.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/org/use-cases/create-user.js';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { TEST_EPOCH } from './support/constants.js';
import { ensureSeedPlan, type SeedPlan, uploadEvidence } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
let coordinator: TestClient;
let chairman: TestClient;
let head: TestClient;
let officer: TestClient;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

// A ward of its own for each test: the bell tells of a task once a day (a second submission of task 20 the same
// day, after the first was cleared, rings no bell), and one test creates an account.
beforeEach(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
  coordinator = await t.loginAs('haiduong.vhxh');
  chairman = await t.loginAs('haiduong.chutich');
  head = await t.loginAs('haiduong.truongphong');
  officer = await t.loginAs('haiduong.canbo');
});
afterEach(() => t?.close());

const settings = (patch: Record<string, unknown>) => chairman.request('PUT', '/api/v1/tasks/settings', patch);
const taskOf = async (c: TestClient, id: string) => (await c.get(`/api/v1/tasks/${id}`)).body;
const todoLinks = async (c: TestClient, kind: string) =>
  ((await c.get('/api/v1/todo')).body.items as { kind: string; link: string }[])
    .filter((i) => i.kind === kind)
    .map((i) => i.link);
const waitingBell = async (c: TestClient) =>
  ((await c.get('/api/v1/notifications')).body.items as { kind: string; taskId: string | null }[])
    .filter((n) => n.kind === 'awaiting_review')
    .map((n) => n.taskId);

/** Puts a task back in progress with one piece of evidence, ready to be marked done. */
async function ready(no: number, by: TestClient) {
  const id = plan.taskIds.get(no) as string;
  await t.db
    .updateTable('plan_tasks')
    .set({ status: 'in_progress', progress: 50, review_state: null, completed_on: null })
    .where('tenant_id', '=', plan.tenantId)
    .where('id', '=', id)
    .execute();
  expect((await uploadEvidence(by, id, 'minh-chung.pdf', PDF)).status).toBe(201);
  return id;
}

// Each test sets the review rules it runs under.
describe('the unit head’s approval step', () => {
  beforeEach(async () => {
    expect((await settings({ unitHeadApproval: true, secondPairOfEyes: false })).status).toBe(200);
  });

  it('sits between the officer and the coordinator: the head sees the completion first, the coordinator only after', async () => {
    expect((await settings({ unitHeadApproval: true })).status).toBe(200);
    const id = await ready(20, officer);
    const link = `/nhiem-vu/${id}`;
    const submitted = await officer.post(`/api/v1/tasks/${id}/submit`, { comment: 'Đã hoàn thành' });
    expect(submitted.body.review).toBe('pending_unit_head');

    expect(await todoLinks(head, 'task_unit_approval')).toContain(link);
    expect(await waitingBell(head)).toContain(id);
    expect(await todoLinks(coordinator, 'task_review')).not.toContain(link);
    expect(await waitingBell(coordinator)).not.toContain(id);
    expect((await taskOf(coordinator, id)).can.review).toBe(false);
    // The coordinator cannot jump the step; the task is left as it was.
    const early = await coordinator.post(`/api/v1/tasks/${id}/accept`, {});
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/chờ nghiệm thu/);
    expect((await taskOf(coordinator, id)).review).toBe('pending_unit_head');

    expect((await taskOf(head, id)).can.approveForUnit).toBe(true);
    const approved = await head.post(`/api/v1/tasks/${id}/unit-approval`, { comment: 'Đồng ý' });
    expect(approved.body.review).toBe('pending_acceptance');
    expect(await todoLinks(head, 'task_unit_approval')).not.toContain(link);
    expect(await todoLinks(coordinator, 'task_review')).toContain(link);
    expect(await waitingBell(coordinator)).toContain(id);

    const accepted = await coordinator.post(`/api/v1/tasks/${id}/accept`, { comment: 'Đạt yêu cầu' });
    expect(accepted.body.status).toBe('completed');
    expect(await todoLinks(coordinator, 'task_review')).not.toContain(link);
  });

  it('lets the head return the officer’s completion with a reason, which the coordinator never sees', async () => {
    const id = await ready(20, officer);
    await officer.post(`/api/v1/tasks/${id}/submit`, {});
    const returned = await head.post(`/api/v1/tasks/${id}/return`, { comment: 'Thiếu số liệu quý I' });
    expect(returned.body.review).toBe('returned');
    expect(await todoLinks(coordinator, 'task_review')).not.toContain(`/nhiem-vu/${id}`);
    expect(await todoLinks(officer, 'task_returned')).toContain(`/nhiem-vu/${id}`);
  });

  it('goes straight to the coordinator from a unit that has no head account', async () => {
    const vp = plan.unitIds.get('VP') as string;
    const row = await t.db
      .selectFrom('plan_tasks')
      .select(['no'])
      .where('tenant_id', '=', plan.tenantId)
      .where('plan_id', '=', plan.planId)
      .where('owner_unit_id', '=', vp)
      .orderBy('no')
      .executeTakeFirstOrThrow();
    await createUser(t.db, {
      username: 'haiduong.vp-canbo',
      fullName: 'Công chức Văn phòng',
      password: DEMO_PASSWORD,
      roles: ['officer'],
      unitId: vp,
      tenantId: plan.tenantId,
      actorUserId: null,
      now: TEST_EPOCH,
    });
    const vpOfficer = await t.loginAs('haiduong.vp-canbo');
    const id = await ready(row.no as number, vpOfficer);
    const submitted = await vpOfficer.post(`/api/v1/tasks/${id}/submit`, {});
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.review).toBe('pending_acceptance');
    expect(await todoLinks(coordinator, 'task_review')).toContain(`/nhiem-vu/${id}`);
    expect((await settings({ unitHeadApproval: false })).status).toBe(200);
  });
});

describe('a second pair of eyes on the coordinator’s own unit’s tasks', () => {
  beforeEach(async () => {
    expect((await settings({ unitHeadApproval: false, secondPairOfEyes: true })).status).toBe(200);
  });

  it('refuses the coordinator’s acceptance of its own unit’s task with the reason; the chairman accepts it', async () => {
    expect((await settings({ secondPairOfEyes: true })).body.secondPairOfEyes).toBe(true);
    // Task 1 is led by Phòng VHXH, the coordinator's own unit.
    const id = await ready(1, coordinator);
    const link = `/nhiem-vu/${id}`;
    expect((await coordinator.post(`/api/v1/tasks/${id}/submit`, {})).body.review).toBe('pending_acceptance');

    const mine = await taskOf(coordinator, id);
    expect(mine.can.review).toBe(false);
    expect(await todoLinks(coordinator, 'task_review')).not.toContain(link);
    expect(await todoLinks(chairman, 'task_review')).toContain(link);
    expect(await waitingBell(chairman)).toContain(id);

    const refused = await coordinator.post(`/api/v1/tasks/${id}/accept`, { comment: 'Đạt' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/Chủ tịch hoặc Phó Chủ tịch/);
    expect((await coordinator.post(`/api/v1/tasks/${id}/return`, { comment: 'Làm lại' })).status).toBe(403);
    const after = await taskOf(coordinator, id);
    expect({ status: after.status, review: after.review }).toEqual({ status: mine.status, review: mine.review });

    expect((await taskOf(chairman, id)).can.review).toBe(true);
    const accepted = await chairman.post(`/api/v1/tasks/${id}/accept`, { comment: 'Đạt yêu cầu' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.review).toBe('accepted');
  });

  it('leaves other units’ tasks to the coordinator, and the rule off gives task 1 back to it', async () => {
    const id = await ready(20, officer);
    await officer.post(`/api/v1/tasks/${id}/submit`, {});
    expect((await taskOf(chairman, id)).can.review).toBe(false);
    expect((await chairman.post(`/api/v1/tasks/${id}/accept`, {})).status).toBe(403);
    expect((await coordinator.post(`/api/v1/tasks/${id}/accept`, {})).status).toBe(200);

    expect((await settings({ secondPairOfEyes: false })).status).toBe(200);
    const own = await ready(1, coordinator);
    await coordinator.post(`/api/v1/tasks/${own}/submit`, {});
    expect((await coordinator.post(`/api/v1/tasks/${own}/accept`, {})).status).toBe(200);
  });
});
