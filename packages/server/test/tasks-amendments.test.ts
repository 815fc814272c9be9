import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

interface Ward {
  t: TestApp;
  plan: SeedPlan;
  head: TestClient;
  coordinator: TestClient;
  chairman: TestClient;
}

async function openWard(): Promise<Ward> {
  const t = await startTestApp();
  const plan = await ensureSeedPlan(t.db);
  const head = await t.loginAs('haiduong.truongphong');
  const coordinator = await t.loginAs('haiduong.vhxh');
  const chairman = await t.loginAs('haiduong.chutich');
  return { t, plan, head, coordinator, chairman };
}

// The ward most tests share; approving task 20's change happens in a ward of its own (see that test).
let t: TestApp;
let plan: SeedPlan;
let head: TestClient;
let coordinator: TestClient;
let chairman: TestClient;
beforeAll(async () => {
  ({ t, plan, head, coordinator, chairman } = await openWard());
});
afterAll(() => t?.close());

const HCC = (p: SeedPlan = plan) => p.unitIds.get('TTPVHCC') as string;
const q2Fields = (p: SeedPlan = plan) => ({
  content: 'Xây dựng Kế hoạch công tác cải cách thủ tục hành chính, kiểm soát thủ tục hành chính năm 2026',
  product: 'Quyết định, Kế hoạch',
  leadUnitIds: [HCC(p)],
  coordinatorsGroup: 'Các phòng, đơn vị chuyên môn',
  timeframeText: 'Quý II/2026',
  timeframeKind: 'quarter',
  startDate: '2026-04-01',
  dueDate: '2026-06-30',
});
/** Task 20 moved to Q2, as its unit head proposes it. */
const task20Change = (p: SeedPlan = plan) => ({
  action: 'change',
  taskId: p.taskIds.get(20) as string,
  fields: q2Fields(p),
  reason: 'Chờ hướng dẫn của Sở Nội vụ',
});

async function planRow(w: { t: TestApp; plan: SeedPlan } = { t, plan }) {
  return w.t.db.selectFrom('plans').selectAll().where('id', '=', w.plan.planId).executeTakeFirstOrThrow();
}

describe('single-task amendments', () => {
  it('are proposed by the unit head for its own tasks or by the coordinator, never by others', async () => {
    const task20 = plan.taskIds.get(20) as string;
    const task13 = plan.taskIds.get(13) as string;
    const change = task20Change();
    expect((await (await t.loginAs('haiduong.canbo')).post('/api/v1/task-amendments', change)).status).toBe(403);
    expect((await chairman.post('/api/v1/task-amendments', change)).status).toBe(403);
    expect((await head.post('/api/v1/task-amendments', { ...change, taskId: task13 })).status).toBe(403);
    const addForOthers = {
      action: 'add',
      fields: { ...q2Fields(), leadUnitIds: [plan.unitIds.get('VP')] },
      reason: 'Bổ sung',
    };
    expect((await head.post('/api/v1/task-amendments', addForOthers)).status).toBe(403);
    expect((await head.post('/api/v1/task-amendments', change)).status).toBe(201);
    const list = await chairman.get('/api/v1/task-amendments');
    expect(list.body).toMatchObject({ canDecide: true, canPropose: false });
    expect(list.body.items[0]).toMatchObject({
      action: 'change',
      status: 'proposed',
      before: { due_date: '2026-03-31' },
    });
    // Nothing changes until the chairman decides.
    expect((await coordinator.get(`/api/v1/tasks/${task20}`)).body.dueDate).toBe('2026-03-31');
  });

  it('applies an approved change as a new plan version, with the task keeping its id and history', async () => {
    // Approval moves task 20 for good, which the proposal test reads unchanged: this ward is its own.
    const w = await openWard();
    onTestFinished(() => w.t.close());
    const { t, plan, head, coordinator, chairman } = w;
    expect((await head.post('/api/v1/task-amendments', task20Change(plan))).status).toBe(201);
    const versionBefore = (await planRow(w)).current_version;
    const [proposal] = (await chairman.get('/api/v1/task-amendments')).body.items;
    expect((await coordinator.post(`/api/v1/task-amendments/${proposal.id}/approve`, {})).status).toBe(403);
    expect((await chairman.post(`/api/v1/task-amendments/${proposal.id}/approve`, { note: 'Đồng ý' })).status).toBe(
      204,
    );
    expect((await chairman.post(`/api/v1/task-amendments/${proposal.id}/approve`, {})).status).toBe(409);
    const after = await planRow(w);
    expect(after.current_version).toBe(versionBefore + 1);
    const task = await coordinator.get(`/api/v1/tasks/${plan.taskIds.get(20)}`);
    expect(task.body).toMatchObject({ dueDate: '2026-06-30', timeframe: { text: 'Quý II/2026' } });
    expect(task.body.timeline[0]).toMatchObject({ kind: 'amend', comment: 'Chờ hướng dẫn của Sở Nội vụ' });
    const version = await t.db
      .selectFrom('plan_versions')
      .selectAll()
      .where('plan_id', '=', plan.planId)
      .where('version', '=', after.current_version)
      .executeTakeFirstOrThrow();
    expect(version).toMatchObject({ kind: 'amendment', status: 'approved', base_version: versionBefore });
    const parsed = version.parsed as { tasks: { no: number; timeframe: { due: string } }[] };
    expect(parsed.tasks.find((x) => x.no === 20)?.timeframe.due).toBe('2026-06-30');
    const row = await t.db
      .selectFrom('plan_tasks')
      .select('changed_in_version')
      .where('id', '=', plan.taskIds.get(20) as string)
      .executeTakeFirstOrThrow();
    expect(row.changed_in_version).toBe(after.current_version);
  });

  it('drops a task on approval: out of the list and the figures, still readable, closed to changes', async () => {
    const task45 = plan.taskIds.get(45) as string;
    const drop = await coordinator.post('/api/v1/task-amendments', {
      action: 'drop',
      taskId: task45,
      reason: 'Trùng nhiệm vụ 44',
    });
    expect(drop.status).toBe(201);
    expect((await chairman.post(`/api/v1/task-amendments/${drop.body.id}/approve`, {})).status).toBe(204);
    const list = await coordinator.get('/api/v1/tasks');
    expect(list.body.tasks.map((x: { no: number }) => x.no)).not.toContain(45);
    expect((await coordinator.get(`/api/v1/tasks/${task45}`)).status).toBe(200);
    const update = await coordinator.post(`/api/v1/tasks/${task45}/updates`, { progress: 10 });
    expect(update.status).toBe(409);
  });

  it('adds a task the unit head proposed for its unit, and leaves the plan as it was when rejected', async () => {
    const add = await head.post('/api/v1/task-amendments', {
      action: 'add',
      fields: {
        content: 'Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực',
        leadUnitIds: [HCC()],
        timeframeKind: 'year',
        dueDate: '2026-12-31',
      },
      reason: 'Theo chỉ đạo tại hội nghị giao ban',
    });
    const reject = await head.post('/api/v1/task-amendments', {
      action: 'drop',
      taskId: plan.taskIds.get(21),
      reason: 'Không còn phù hợp',
    });
    const version = (await planRow()).current_version;
    expect(
      (await chairman.post(`/api/v1/task-amendments/${reject.body.id}/reject`, { note: 'Giữ nguyên' })).status,
    ).toBe(204);
    expect((await planRow()).current_version).toBe(version);
    expect((await chairman.post(`/api/v1/task-amendments/${add.body.id}/approve`, {})).status).toBe(204);
    const added = (await coordinator.get('/api/v1/tasks?source=chairman')).body.tasks;
    expect(added.map((x: { content: string }) => x.content)).toContain(
      'Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực',
    );
    const items = (await chairman.get('/api/v1/task-amendments')).body.items;
    expect(items.find((a: { id: string }) => a.id === reject.body.id)).toMatchObject({
      status: 'rejected',
      decisionNote: 'Giữ nguyên',
    });
    const audit = await chairman.get('/api/v1/tasks/audit');
    const actions = audit.body.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['task_amendment.propose', 'task_amendment.approve', 'task_amendment.reject']),
    );
  });
});
