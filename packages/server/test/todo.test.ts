import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReminderRun, runDailyReminders } from '../src/modules/notifications/use-cases/run-daily-reminders.js';
import { ensureSeedPlan, type SeedPlan, uploadEvidence } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

// Friday 20/03/2026 (TEST_EPOCH): task 1 of Phòng VHXH (the coordinator's own unit) is long overdue.
let t: TestApp;
let plan: SeedPlan;
beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
});
afterAll(() => t?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

interface Item {
  kind: string;
  title: string;
  deadline: string | null;
  link: string;
  overdue: boolean;
  count: number;
}
const todoOf = async (c: TestClient): Promise<Item[]> => {
  const res = await c.get('/api/v1/todo');
  expect(res.status).toBe(200);
  return res.body.items;
};
const bellOf = async (c: TestClient) =>
  (await c.get('/api/v1/notifications')).body.items as {
    kind: string;
    taskId: string | null;
    count: number;
    data: Record<string, unknown>;
  }[];
const run = (now: Date): ReminderRun => ({ db: t.db, now, log: t.deps.log, mailer: null, publicUrl: undefined });

describe('GET /api/v1/todo', () => {
  it("opens the coordinator's list on its own unit's overdue task 1, titled, dated and linked", async () => {
    const items = await todoOf(await t.loginAs('haiduong.vhxh'));
    const task1 = items.find((i) => i.link === `/nhiem-vu/${plan.taskIds.get(1)}`);
    expect(task1).toMatchObject({ kind: 'task_update', overdue: true, count: 1 });
    expect(task1?.title).toMatch(/^Cập nhật tiến độ – Nhiệm vụ 1: /);
    expect(task1?.deadline).toMatch(/^2026-0[12]-\d\d$/);
    // Overdue items come first.
    expect(items[0]?.overdue).toBe(true);
  });

  it("gives the centre's officer the missed periodic updates of its recurring tasks 21–30", async () => {
    const items = await todoOf(await t.loginAs('haiduong.canbo'));
    const updates = items
      .filter((i) => i.kind === 'task_update')
      .map((i) => Number(/Nhiệm vụ (\d+)/.exec(i.title)?.[1]));
    for (let no = 21; no <= 30; no++) expect(updates).toContain(no);
    expect(items.some((i) => i.link === `/nhiem-vu/${plan.taskIds.get(1)}`)).toBe(false);
  });

  it('answers 401 without a session', async () => {
    expect((await t.client().get('/api/v1/todo')).status).toBe(401);
  });

  it('moves a completion from the officer to the acceptor and clears it once accepted; the officer is told', async () => {
    const id = plan.taskIds.get(20) as string;
    const officer = await t.loginAs('haiduong.canbo');
    const coordinator = await t.loginAs('haiduong.vhxh');
    expect((await uploadEvidence(officer, id, 'ket-qua.pdf', PDF)).status).toBe(201);
    expect((await officer.post(`/api/v1/tasks/${id}/submit`, { comment: 'Đã xong' })).status).toBe(200);
    const waiting = (await todoOf(coordinator)).find((i) => i.link === `/nhiem-vu/${id}`);
    expect(waiting?.kind).toBe('task_review');
    expect(waiting?.title).toMatch(/^Chờ duyệt kết quả – Nhiệm vụ 20: /);
    expect((await bellOf(coordinator)).some((n) => n.kind === 'awaiting_review' && n.taskId === id)).toBe(true);

    expect((await coordinator.post(`/api/v1/tasks/${id}/accept`, { comment: 'Đạt' })).status).toBe(200);
    expect((await todoOf(coordinator)).some((i) => i.link === `/nhiem-vu/${id}`)).toBe(false);
    // "Chờ duyệt kết quả – Nhiệm vụ 20" leaves the bell once accepted.
    expect((await bellOf(coordinator)).some((n) => n.kind === 'awaiting_review' && n.taskId === id)).toBe(false);
    const told = (await bellOf(officer)).find((n) => n.kind === 'accepted' && n.taskId === id);
    expect(told?.data).toMatchObject({ taskNo: 20, comment: 'Đạt' });
  });

  it("puts a proposed amendment in the chairman's list and bell until he decides", async () => {
    const head = await t.loginAs('haiduong.truongphong');
    const chairman = await t.loginAs('haiduong.chutich');
    const proposal = await head.post('/api/v1/task-amendments', {
      action: 'drop',
      taskId: plan.taskIds.get(21),
      reason: 'Trùng với nhiệm vụ 22',
    });
    expect(proposal.status).toBe(201);
    const item = (await todoOf(chairman)).find((i) => i.kind === 'amendment_decision');
    expect(item?.title).toMatch(/Nhiệm vụ 21/);
    expect((await bellOf(chairman)).some((n) => n.kind === 'decision_waiting')).toBe(true);
    expect(
      (await chairman.post(`/api/v1/task-amendments/${proposal.body.id}/reject`, { note: 'Giữ lại' })).status,
    ).toBe(204);
    expect((await todoOf(chairman)).some((i) => i.kind === 'amendment_decision')).toBe(false);
    expect((await bellOf(chairman)).some((n) => n.kind === 'decision_waiting')).toBe(false);
  });
});

describe('reminders on the app clock', () => {
  it('tell the coordinator of its own overdue task 1 on any weekday, once a week, folded with a count', async () => {
    const coordinator = await t.loginAs('haiduong.vhxh');
    const task1 = plan.taskIds.get(1);
    // Friday 20/03, then Saturday 21/03 (same week: nothing new), then Tuesday 24/03 (a new week).
    await runDailyReminders(run(new Date('2026-03-20T00:00:00Z')));
    await runDailyReminders(run(new Date('2026-03-21T00:00:00Z')));
    let overdue = (await bellOf(coordinator)).filter((n) => n.kind === 'overdue' && n.taskId === task1);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.count).toBe(1);
    await runDailyReminders(run(new Date('2026-03-24T00:00:00Z')));
    overdue = (await bellOf(coordinator)).filter((n) => n.kind === 'overdue' && n.taskId === task1);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.count).toBe(2);
  });

  it('tell the coordinator of every overdue task of the ward, not only its own unit', async () => {
    const coordinator = await t.loginAs('haiduong.vhxh');
    const officer = await t.loginAs('haiduong.canbo');
    const overdueOfficer = (await bellOf(officer)).filter((n) => n.kind === 'overdue').map((n) => n.taskId);
    const overdueCoordinator = (await bellOf(coordinator)).filter((n) => n.kind === 'overdue').map((n) => n.taskId);
    for (const taskId of overdueOfficer) expect(overdueCoordinator).toContain(taskId);
  });
});
