import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSeedPlan, type SeedPlan, uploadEvidence as upload } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
});
afterAll(() => t?.close());

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

interface Measure {
  metric: string;
  status: string;
  origin: string;
  reading: {
    value: number | null;
    numerator?: number;
    denominator?: number;
    projection?: { numerator: number };
  } | null;
}
type Target = { code: string; status: string; measures: Measure[] };

async function measureOf(metric: string, username = 'haiduong.chutich') {
  const c = await t.loginAs(username);
  const res = await c.get('/api/v1/targets');
  expect(res.status).toBe(200);
  const target = (res.body.targets as Target[]).find((x) => x.measures.some((m) => m.metric === metric));
  return { target, measure: target?.measures.find((m) => m.metric === metric) };
}

describe('targets', () => {
  it('computes the task-completion target from the tasks due so far, with the year-end projection', async () => {
    const { measure } = await measureOf('plan_tasks_completed_on_time');
    expect(measure?.origin).toBe('computed');
    // On 20/03/2026 only the tasks due before it count ("Trước ngày 15/01/2026"…); none is completed.
    expect(measure?.reading?.numerator).toBe(0);
    expect(measure?.reading?.denominator).toBeGreaterThan(0);
    expect(measure?.reading?.value).toBe(0);
    expect(measure?.reading?.projection?.numerator).toBeGreaterThan(30);
    expect(measure?.status).toBe('in_progress');
  });

  it('moves by exactly the task accepted on time', async () => {
    const before = (await measureOf('plan_tasks_completed_on_time')).measure?.reading;
    const id = plan.taskIds.get(20) as string;
    const officer = await t.loginAs('haiduong.canbo');
    await upload(officer, id, 'ke-hoach.pdf', PDF);
    expect((await officer.post(`/api/v1/tasks/${id}/submit`, {})).status).toBe(200);
    expect((await (await t.loginAs('haiduong.vhxh')).post(`/api/v1/tasks/${id}/accept`, {})).status).toBe(200);
    const after = (await measureOf('plan_tasks_completed_on_time')).measure?.reading;
    expect(after?.numerator).toBe((before?.numerator ?? 0) + 1);
    expect(after?.denominator).toBe((before?.denominator ?? 0) + 1);
  });

  it('takes entered values with their date and evidence from the coordinator only', async () => {
    const { target } = await measureOf('par_index_rank');
    const code = target?.code as string;
    const body = {
      metric: 'par_index_rank',
      value: 12,
      asOf: '2026-03-01',
      evidenceNumber: '123/QĐ-UBND',
      evidenceDate: '2026-03-01',
    };
    expect((await (await t.loginAs('haiduong.chutich')).post(`/api/v1/targets/${code}/entries`, body)).status).toBe(
      403,
    );
    const coordinator = await t.loginAs('haiduong.vhxh');
    const entered = await coordinator.post(`/api/v1/targets/${code}/entries`, body);
    expect(entered.status).toBe(201);
    const measure = entered.body.measures.find((m: Measure) => m.metric === 'par_index_rank');
    expect(measure).toMatchObject({
      origin: 'entered',
      status: 'met',
      reading: { value: 12, evidence: { number: '123/QĐ-UBND' } },
    });
    const computed = { ...body, metric: 'plan_tasks_completed_on_time' };
    const tasksTarget = (await measureOf('plan_tasks_completed_on_time')).target?.code as string;
    expect((await coordinator.post(`/api/v1/targets/${tasksTarget}/entries`, computed)).status).toBe(400);
    const future = await coordinator.post(`/api/v1/targets/${code}/entries`, { ...body, asOf: '2026-04-01' });
    expect(future.status).toBe(400);
  });

  it('shows the dashboard: completion overall, by area and unit, overdue tasks, months and targets', async () => {
    const c = await t.loginAs('haiduong.chutich');
    const res = await c.get('/api/v1/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.completion.total).toBeGreaterThanOrEqual(45);
    expect(res.body.byArea.length).toBeGreaterThan(3);
    // Each area titled as the parsed plan names it, not by its bare code.
    for (const area of res.body.byArea as { code: string; title: string }[]) expect(area.title).not.toBe(area.code);
    expect(res.body.byUnit.some((u: { name: string }) => u.name.includes('HCC'))).toBe(true);
    expect(res.body.overdue.length).toBeGreaterThan(0);
    expect(res.body.months).toHaveLength(12);
    expect(res.body.targets.length).toBeGreaterThanOrEqual(7);
  });
});
