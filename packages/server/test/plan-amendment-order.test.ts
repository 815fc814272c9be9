import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editedSeed, upload } from './support/plan-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The seed plan is in use after first start: a new import becomes a proposal, and single-task amendments make
// versions of their own. A proposal approved after such an amendment would undo it.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('a whole-plan proposal and a single-task amendment', () => {
  it('refuses to approve a proposal made before a later amendment, and keeps the amendment', async () => {
    const coordinator = await t.loginAs('haiduong.vhxh');
    const chairman = await t.loginAs('haiduong.chutich');
    const plan = (await coordinator.get('/api/v1/plans/current?year=2026')).body;
    const proposal = await coordinator.post('/api/v1/plans/imports', upload('ke-hoach-v2.txt', editedSeed()));
    expect(proposal.body).toMatchObject({ version: 2, status: 'proposed' });

    const task12 = plan.tasks.find((x: { no: number }) => x.no === 12);
    const change = await coordinator.post('/api/v1/task-amendments', {
      action: 'change',
      taskId: task12.id,
      fields: {
        content: task12.content,
        product: 'Báo cáo kết quả rà soát (bổ sung)',
        leadUnitIds: task12.lead.units.map((u: { id: string }) => u.id),
        timeframeText: task12.timeframe.text,
        timeframeKind: task12.timeframe.kind,
        ...(task12.timeframe.due ? { dueDate: task12.timeframe.due } : {}),
      },
      reason: 'Theo chỉ đạo của Chủ tịch',
    });
    expect(change.status).toBe(201);
    expect((await chairman.post(`/api/v1/task-amendments/${change.body.id}/approve`, {})).status).toBe(204);
    const amended = (await coordinator.get(`/api/v1/plans/${plan.id}`)).body;
    expect(amended.currentVersion).toBe(3);

    const stale = await chairman.post(`/api/v1/plans/${plan.id}/versions/2/approve`, {});
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('phiên bản 3');
    const after = (await coordinator.get(`/api/v1/plans/${plan.id}`)).body;
    expect(after.currentVersion).toBe(3);
    expect(after.tasks.find((x: { no: number }) => x.no === 12).product).toBe('Báo cáo kết quả rà soát (bổ sung)');
    expect((await chairman.post(`/api/v1/plans/${plan.id}/versions/2/reject`, { note: 'Lập lại' })).status).toBe(200);
  });
});
