// A year of activity on the seed plan, entered through the API with the clock moved to each event, then the four
// 2026 reports generated in December. Every figure is the state at its window's end (docs/DOMAIN.md §7), counted
// by hand from the timeline below:
//   05/01, 10/02 task 20 progress           → in progress in Q1
//   20/03 task 20 completed and accepted    → after Q1's cut-off (08/03): completed from H1 on
//   16/04 a task added by amendment         → not in Q1, counted from H1 on
//   10/07 task 26 started                   → after H1's cut-off (08/06): in progress from Q3 on
// and the targets, read at the same cut-offs:
//   PAR Index rank entered 20 dated 01/02, 12 dated 20/04 → Q1 shows 20 (the April value is after 08/03), H1 12
//   "tasks completed on time": task 20 (accepted 20/03, on time) → 0 on time in Q1, counted from H1 on
//   "dossiers tracked": one dossier received at the counter on 10/05 → none in Q1, 1 received in H1 (cumulative),
//   none in Q3's window (09/06–08/09), though the year to date would count it
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { ensureSeedPlan, type SeedPlan, uploadEvidence } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const ADDED = 'Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực';

let t: TestApp;
let plan: SeedPlan;
let inForceAtStart: number;
let secondTask: number;
const targetCodes = new Map<string, { code: string; index: number }>();

async function as(user: string, local: string): Promise<TestClient> {
  at(t, local);
  return t.loginAs(user);
}

beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
  const officer = await as('haiduong.canbo', '2026-01-05 08:00');
  inForceAtStart = (await officer.get('/api/v1/tasks')).body.tasks.length;
  const mine = (await officer.get('/api/v1/tasks?mine=true')).body.tasks as { no: number | null; id: string }[];
  secondTask = mine.find((task) => task.no !== null && task.no !== 20)?.no ?? 0;
  const task20 = plan.taskIds.get(20) as string;

  expect((await officer.post(`/api/v1/tasks/${task20}/updates`, { progress: 60, comment: 'Dự thảo' })).status).toBe(
    200,
  );
  at(t, '2026-02-10 09:00');
  const started = await (await as('haiduong.canbo', '2026-02-10 09:00')).post(`/api/v1/tasks/${task20}/updates`, {
    progress: 70,
    comment: 'Đã xin ý kiến',
  });
  expect(started.status).toBe(200);

  const targets = (await (await as('haiduong.vhxh', '2026-02-01 09:00')).get('/api/v1/targets')).body.targets as {
    code: string;
    measures: { metric: string }[];
  }[];
  for (const target of targets) {
    target.measures.forEach((m, index) => {
      targetCodes.set(m.metric, { code: target.code, index });
    });
  }
  const par = targetCodes.get('par_index_rank')?.code as string;
  const enter = async (local: string, value: number, asOf: string) =>
    (
      await (
        await as('haiduong.vhxh', local)
      ).post(`/api/v1/targets/${par}/entries`, {
        metric: 'par_index_rank',
        value,
        asOf,
      })
    ).status;
  expect(await enter('2026-02-01 09:00', 20, '2026-02-01')).toBe(201);

  const march = await as('haiduong.canbo', '2026-03-20 09:00');
  expect((await uploadEvidence(march, task20, 'Kế hoạch.pdf', PDF)).status).toBe(201);
  expect((await march.post(`/api/v1/tasks/${task20}/submit`, { comment: 'Đã ban hành' })).status).toBe(200);
  expect(
    (await (await as('haiduong.vhxh', '2026-03-20 10:00')).post(`/api/v1/tasks/${task20}/accept`, {})).status,
  ).toBe(200);

  expect(await enter('2026-04-20 09:00', 12, '2026-04-20')).toBe(201);

  const head = await as('haiduong.truongphong', '2026-04-15 10:00');
  const add = await head.post('/api/v1/task-amendments', {
    action: 'add',
    fields: {
      content: ADDED,
      leadUnitIds: [plan.unitIds.get('TTPVHCC')],
      timeframeKind: 'year',
      dueDate: '2026-12-31',
    },
    reason: 'Theo chỉ đạo tại hội nghị giao ban',
  });
  expect(add.status).toBe(201);
  const chairman = await as('haiduong.chutich', '2026-04-16 10:00');
  expect((await chairman.post(`/api/v1/task-amendments/${add.body.id}/approve`, {})).status).toBe(204);

  const desk = await as('haiduong.motcua', '2026-05-10 09:00');
  expect((await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')))).status).toBe(201);

  const july = await as('haiduong.canbo', '2026-07-10 09:00');
  const second = plan.taskIds.get(secondTask) as string;
  expect((await july.post(`/api/v1/tasks/${second}/updates`, { progress: 20, comment: 'Bắt đầu' })).status).toBe(200);
}, 120_000);
afterAll(() => t?.close());

interface Figures {
  window: { start: string; end: string };
  asOf: string;
  completion: { total: number; completed: number };
  byStatus: Record<string, number>;
  tasks: { content: string; no: number | null; status: string; unit: string | null }[];
  targets: { code: string; measures: { value: number | null; numerator?: number; denominator?: number }[] }[];
}

/** The report's reading of a target's measure, by the measure's metric. */
function measureIn(f: Figures, metric: string) {
  const at = targetCodes.get(metric);
  return f.targets.find((target) => target.code === at?.code)?.measures[at?.index ?? -1];
}

async function figuresOf(code: string): Promise<Figures> {
  const coordinator = await as('haiduong.vhxh', '2026-12-20 09:00');
  const res = await coordinator.post(`/api/v1/reports/periods/${code}/report/generate`, {});
  expect(res.status).toBe(201);
  return res.body.current.figures;
}

describe('the 2026 reports, generated in December, each read at its own window end', () => {
  it('Q1 covers 15/12/2025–08/03/2026: task 20 in progress, nothing completed, the added task absent', async () => {
    const f = await figuresOf('2026-Q1');
    expect(f.window).toEqual({ start: '2025-12-15', end: '2026-03-08' });
    expect(f.asOf).toBe('2026-03-08');
    expect(f.completion.total).toBe(inForceAtStart);
    expect(f.byStatus).toMatchObject({ in_progress: 1, completed: 0, completed_late: 0 });
    expect(f.tasks.find((task) => task.no === 20)?.status).toBe('in_progress');
    expect(f.tasks.some((task) => task.content === ADDED)).toBe(false);
    // Targets at the cut-off too: the rank entered on 20/04 is not counted, task 20's completion not yet.
    expect(measureIn(f, 'par_index_rank')?.value).toBe(20);
    expect(measureIn(f, 'plan_tasks_completed_on_time')?.numerator).toBe(0);
    expect(measureIn(f, 'dossiers_tracked')?.denominator).toBe(0);
  });

  it('H1 is cumulative, 15/12/2025–08/06/2026: task 20 completed, the added task counted', async () => {
    const f = await figuresOf('2026-H1');
    expect(f.window).toEqual({ start: '2025-12-15', end: '2026-06-08' });
    expect(f.completion.total).toBe(inForceAtStart + 1);
    expect(f.byStatus).toMatchObject({ in_progress: 0, completed: 1 });
    expect(f.tasks.find((task) => task.content === ADDED)?.status).toBe('not_started');
    expect(measureIn(f, 'par_index_rank')?.value).toBe(12);
    expect(measureIn(f, 'plan_tasks_completed_on_time')?.numerator).toBe(1);
    expect(measureIn(f, 'dossiers_tracked')?.denominator).toBe(1);
  });

  it('Q3 covers 09/06–08/09/2026: the July start counts', async () => {
    const f = await figuresOf('2026-Q3');
    expect(f.window).toEqual({ start: '2026-06-09', end: '2026-09-08' });
    expect(f.byStatus).toMatchObject({ in_progress: 1, completed: 1 });
    expect(f.tasks.find((task) => task.no === secondTask)?.status).toBe('in_progress');
    expect(measureIn(f, 'dossiers_tracked')?.denominator).toBe(0);
  });

  it('the year covers 15/12/2025–08/12/2026, and names units as the ward calls them', async () => {
    const f = await figuresOf('2026');
    expect(f.window).toEqual({ start: '2025-12-15', end: '2026-12-08' });
    expect(f.completion.total).toBe(inForceAtStart + 1);
    expect(f.byStatus).toMatchObject({ in_progress: 1, completed: 1 });
    const units = f.tasks.map((task) => task.unit ?? '');
    expect(units.some((u) => /VHXXH/.test(u))).toBe(false);
    expect(units).toContain('Phòng Văn hóa - Xã hội');
  });
});
