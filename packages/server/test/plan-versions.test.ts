import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanWard, editedSeed, SEED_TEXT, upload } from './support/plan-fixtures.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

// Each test has a ward of its own and brings its plan to the stage it reads (`reach`): no test depends on another.
let wards = 0;
interface PlanWard {
  code: string;
  ward: Awaited<ReturnType<typeof createPlanWard>>;
  coordinator: TestClient;
  planId: string;
}

/** A new ward whose coordinator imported the seed plan: version 1, a draft. */
async function planWard(): Promise<PlanWard> {
  wards += 1;
  const code = `versions-${wards}`;
  const ward = await createPlanWard(t.db, code, ['coordinator', 'chairman', 'unit_head', 'ward_admin']);
  const coordinator = await t.loginAs(ward.usernames.coordinator);
  const created = await coordinator.post('/api/v1/plans/imports', upload('ke-hoach-v1.txt', SEED_TEXT));
  expect(created.status).toBe(201);
  return { code, ward, coordinator, planId: created.body.planId };
}

const STAGES = ['replaced', 'inUse', 'proposed', 'approved'] as const;

/**
 * A ward's plan brought to `stage`: version 2 replaced the draft (task 20 edited, 44 removed, 46 added), the plan
 * put in use, version 3 (the seed again) proposed as an amendment, then approved by the chairman.
 */
async function reach(stage: (typeof STAGES)[number]): Promise<PlanWard> {
  const w = await planWard();
  const { coordinator, planId } = w;
  const steps = {
    replaced: () => coordinator.post('/api/v1/plans/imports', upload('ke-hoach-v2.txt', editedSeed())),
    inUse: () => coordinator.post(`/api/v1/plans/${planId}/in-use`),
    proposed: () =>
      coordinator.post(
        '/api/v1/plans/imports',
        upload('ke-hoach-v3.txt', SEED_TEXT, { note: 'Khôi phục nhiệm vụ 44 theo chỉ đạo của thành phố' }),
      ),
    approved: async () =>
      (await t.loginAs(w.ward.usernames.chairman)).post(`/api/v1/plans/${planId}/versions/3/approve`, {
        note: 'Đồng ý',
      }),
  };
  for (const s of STAGES.slice(0, STAGES.indexOf(stage) + 1)) expect((await steps[s]()).status, s).toBeLessThan(300);
  return w;
}

interface Task {
  id: string;
  no: number | null;
  content: string;
  timeframe: { text: string };
}
const byNo = (tasks: Task[], no: number) => tasks.find((x) => x.no === no);
const taskRow = (id: string) =>
  t.db.selectFrom('plan_tasks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('a later version of the plan', () => {
  it('shows what changed: one task edited, one added, one removed, matched by number and content', async () => {
    const { coordinator, planId } = await planWard();
    const { body: plan } = await coordinator.get(`/api/v1/plans/${planId}`);
    const task20 = byNo(plan.tasks, 20) as Task;
    const task44 = byNo(plan.tasks, 44) as Task;
    const res = await coordinator.post('/api/v1/plans/imports/preview', upload('ke-hoach-v2.txt', editedSeed()));
    expect(res.body.action).toBe('replace_draft');
    const { added, removed, edited, unchanged } = res.body.changes;
    expect(added).toEqual([expect.objectContaining({ no: 46, timeframe: 'Quý IV/2026', taskId: null })]);
    expect(removed).toEqual([expect.objectContaining({ no: 44, taskId: task44.id })]);
    expect(edited).toEqual([
      expect.objectContaining({
        taskId: task20.id,
        fields: ['content', 'timeframe'],
        before: expect.objectContaining({ timeframe: 'Quý I năm 2026' }),
        after: expect.objectContaining({ timeframe: 'Quý II/2026' }),
      }),
    ]);
    expect(unchanged).toBe(44);
  });

  it('replaces the draft while the plan is not in use; the edited task keeps its id, the removed one its row', async () => {
    const { coordinator, planId } = await planWard();
    const { body: first } = await coordinator.get(`/api/v1/plans/${planId}`);
    const task20 = byNo(first.tasks, 20) as Task;
    const task44 = byNo(first.tasks, 44) as Task;
    const res = await coordinator.post('/api/v1/plans/imports', upload('ke-hoach-v2.txt', editedSeed()));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 2, kind: 'import', status: 'confirmed' });
    const { body: plan } = await coordinator.get(`/api/v1/plans/${planId}`);
    expect(plan).toMatchObject({ status: 'draft', currentVersion: 2 });
    expect(byNo(plan.tasks, 20)).toMatchObject({
      id: task20.id,
      timeframe: { text: 'Quý II/2026' },
      changedInVersion: 2,
    });
    expect(byNo(plan.tasks, 44)).toBeUndefined();
    expect(byNo(plan.tasks, 46)).toMatchObject({ addedInVersion: 2 });
    expect(await taskRow(task44.id)).toMatchObject({ removed_in_version: 2, content: task44.content });
    const again = await coordinator.post('/api/v1/plans/imports', upload('ban-sao.txt', editedSeed()));
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('Tệp này giống hệt phiên bản đã nhập trước đó của kế hoạch.');
  });

  it('keeps the earlier version readable as it was', async () => {
    const { coordinator, planId } = await reach('replaced');
    const v1 = await coordinator.get(`/api/v1/plans/${planId}/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({
      version: 1,
      kind: 'import',
      status: 'confirmed',
      sourceFileName: 'ke-hoach-v1.txt',
    });
    expect(v1.body.document.tasks).toHaveLength(45);
    expect(byNo(v1.body.document.tasks, 20)?.timeframe.text).toBe('Quý I năm 2026');
    expect(byNo(v1.body.document.tasks, 44)).toBeDefined();
    const list = await coordinator.get(`/api/v1/plans/${planId}/versions`);
    expect(list.body.map((v: { version: number; summary: object }) => [v.version, v.summary])).toEqual([
      [1, { added: 46, removed: 0, edited: 0 }],
      [2, { added: 1, removed: 1, edited: 1 }],
    ]);
  });
});

describe('a plan in use', () => {
  it('is put in use by the coordinator, not by a unit head', async () => {
    const { code, ward, coordinator, planId } = await reach('replaced');
    const head = await t.loginAs(ward.usernames.unit_head);
    expect((await head.post(`/api/v1/plans/${planId}/in-use`)).status).toBe(403);
    const res = await coordinator.post(`/api/v1/plans/${planId}/in-use`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'in_use', inUseBy: { name: `coordinator ${code}` } });
    expect((await coordinator.post(`/api/v1/plans/${planId}/in-use`)).status).toBe(409);
  });

  it('turns a new import into an amendment proposal that changes nothing until approved', async () => {
    const { coordinator, planId } = await reach('inUse');
    const before = (await coordinator.get(`/api/v1/plans/${planId}`)).body;
    const res = await coordinator.post(
      '/api/v1/plans/imports',
      upload('ke-hoach-v3.txt', SEED_TEXT, { note: 'Khôi phục nhiệm vụ 44 theo chỉ đạo của thành phố' }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 3, kind: 'amendment', status: 'proposed' });
    expect(res.body.changes.added.map((x: Task) => x.no)).toEqual([44]);
    expect(res.body.changes.removed.map((x: Task) => x.no)).toEqual([46]);
    const after = (await coordinator.get(`/api/v1/plans/${planId}`)).body;
    expect(after).toMatchObject({ currentVersion: 2, pendingAmendment: 3 });
    expect(after.tasks).toEqual(before.tasks);
    const second = await coordinator.post('/api/v1/plans/imports', upload('khac.txt', `${SEED_TEXT}\n`));
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain('chờ Chủ tịch quyết định');
  });

  it('is approved by the chairman only; approval keeps removed tasks and every version', async () => {
    const { code, ward, coordinator, planId } = await reach('proposed');
    const task46 = byNo((await coordinator.get(`/api/v1/plans/${planId}`)).body.tasks, 46) as Task;
    const task20 = byNo((await coordinator.get(`/api/v1/plans/${planId}`)).body.tasks, 20) as Task;
    for (const username of [ward.usernames.coordinator, ward.usernames.ward_admin, ward.usernames.unit_head]) {
      const other = await t.loginAs(username);
      expect((await other.post(`/api/v1/plans/${planId}/versions/3/approve`, {})).status, username).toBe(403);
    }
    const chairman = await t.loginAs(ward.usernames.chairman);
    const { body: seen } = await chairman.get(`/api/v1/plans/${planId}`);
    expect(seen.permissions).toEqual({ import: false, markInUse: false, approveAmendment: true });
    const res = await chairman.post(`/api/v1/plans/${planId}/versions/3/approve`, { note: 'Đồng ý' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 3, status: 'approved' });
    const { body: plan } = await chairman.get(`/api/v1/plans/${planId}`);
    expect(plan).toMatchObject({ currentVersion: 3, pendingAmendment: null, status: 'in_use' });
    expect(byNo(plan.tasks, 20)).toMatchObject({ id: task20.id, timeframe: { text: 'Quý I năm 2026' } });
    expect(byNo(plan.tasks, 46)).toBeUndefined();
    expect(await taskRow(task46.id)).toMatchObject({ removed_in_version: 3, added_in_version: 2 });
    const versions = (await chairman.get(`/api/v1/plans/${planId}/versions`)).body;
    expect(versions.map((v: { status: string }) => v.status)).toEqual(['confirmed', 'confirmed', 'approved']);
    expect(versions[2]).toMatchObject({ decidedBy: { name: `chairman ${code}` }, note: expect.any(String) });
    const v2 = await chairman.get(`/api/v1/plans/${planId}/versions/2`);
    expect(byNo(v2.body.document.tasks, 46)).toBeDefined();
    expect((await chairman.post(`/api/v1/plans/${planId}/versions/3/approve`, {})).status).toBe(409);
  });

  it('is rejected by the chairman with a reason, and the plan stays as it was', async () => {
    const { ward, coordinator, planId } = await reach('approved');
    const proposal = await coordinator.post('/api/v1/plans/imports', upload('ke-hoach-v4.txt', editedSeed()));
    expect(proposal.body).toMatchObject({ version: 4, status: 'proposed' });
    const chairman = await t.loginAs(ward.usernames.chairman);
    expect((await chairman.post(`/api/v1/plans/${planId}/versions/4/reject`, {})).status).toBe(400);
    const res = await chairman.post(`/api/v1/plans/${planId}/versions/4/reject`, { note: 'Chưa có văn bản' });
    expect(res.body).toMatchObject({ status: 'rejected', changes: null });
    const { body: plan } = await chairman.get(`/api/v1/plans/${planId}`);
    expect(plan).toMatchObject({ currentVersion: 3, pendingAmendment: null });
    const v4 = (await chairman.get(`/api/v1/plans/${planId}/versions/4`)).body;
    expect(v4).toMatchObject({ status: 'rejected', decisionNote: 'Chưa có văn bản' });
    const audit = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', planId)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'plan.import',
      'plan.import',
      'plan.mark_in_use',
      'plan.propose_amendment',
      'plan.approve_amendment',
      'plan.propose_amendment',
      'plan.reject_amendment',
    ]);
  });
});
