// The task list is served from a list kept per ward, day and filter (tasks/list-cache.ts) until one of the tables
// it reads is written. Each change below is made by plain SQL, as a job, the CLI or another app server could make
// it, never through the route that would know to forget the list: the next read must show it.
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { onEveryQuery } from './support/query-counter.js';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
let coordinator: TestClient;
let queries = 0;
const at = (date: string) => new Date(`${date}T02:00:00Z`);

beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
  coordinator = await t.loginAs('haiduong.vhxh');
  onEveryQuery(t.deps.pool, () => {
    queries += 1;
  });
});
afterAll(() => t?.close());
beforeEach(() => t.clock.set(at('2026-03-20')));

type Listed = {
  id: string;
  progress: number;
  lead: { units: { shortName: string }[] };
  flags: Record<string, unknown>;
};

async function listed(id: string, query = ''): Promise<Listed> {
  const res = await coordinator.get(`/api/v1/tasks${query}`);
  expect(res.status).toBe(200);
  const task = (res.body.tasks as Listed[]).find((x) => x.id === id);
  if (!task) throw new Error(`task ${id} is not listed`);
  return task;
}

describe('the task list kept between writes', () => {
  it('is read again after a plain SQL write to a task, its lead units, a unit or its updates', async () => {
    const id = plan.taskIds.get(21) as string;
    const before = await listed(id);
    expect(before.progress).toBe(0);
    expect(before.flags).toMatchObject({ updateMissing: true, missingPeriod: 'Q1' });

    await sql`UPDATE plan_tasks SET progress = 35 WHERE id = ${id}`.execute(t.db);
    expect((await listed(id)).progress).toBe(35);

    const [lead] = before.lead.units;
    expect(lead).toBeDefined();
    await sql`UPDATE units SET short_name = 'Đơn vị đổi tên' WHERE short_name = ${lead?.shortName ?? ''}`.execute(t.db);
    expect((await listed(id)).lead.units.map((u) => u.shortName)).toContain('Đơn vị đổi tên');

    await sql`DELETE FROM plan_task_units WHERE task_id = ${id} AND role = 'lead'`.execute(t.db);
    expect((await listed(id)).lead.units).toEqual([]);

    // An update given on 18/03 falls in Q1's window: the recurring task no longer misses it.
    await sql`INSERT INTO task_updates (tenant_id, id, task_id, kind, at, on_date, author_user_id, progress_after)
              SELECT tenant_id, gen_random_uuid(), id, 'progress', '2026-03-18T03:00:00Z', '2026-03-18',
                     (SELECT id FROM users WHERE username = 'haiduong.canbo'), 40
                FROM plan_tasks WHERE id = ${id}`.execute(t.db);
    expect((await listed(id)).flags).toMatchObject({ updateMissing: false });
  });

  it('follows the day: the same data on another day gives that day’s flags', async () => {
    const id = plan.taskIds.get(1) as string;
    const march = await listed(id);
    t.clock.set(at('2026-03-23'));
    const monday = await listed(id);
    expect(monday.flags).not.toEqual(march.flags);
    t.clock.set(at('2026-03-20'));
    expect((await listed(id)).flags).toEqual(march.flags);
  });

  it('keeps each filter apart, and reads nothing more for a list already kept', async () => {
    const id = plan.taskIds.get(21) as string;
    await sql`UPDATE plan_tasks SET status = 'in_progress' WHERE id = ${id}`.execute(t.db);
    const all = await coordinator.get('/api/v1/tasks');
    const started = await coordinator.get('/api/v1/tasks?status=in_progress');
    expect((started.body.tasks as Listed[]).map((x) => x.id)).toContain(id);
    expect(started.body.tasks.length).toBeLessThan(all.body.tasks.length);

    queries = 0;
    await coordinator.get('/api/v1/tasks?status=not_started');
    const computed = queries;
    queries = 0;
    const again = await coordinator.get('/api/v1/tasks?status=not_started');
    expect(again.status).toBe(200);
    expect(queries).toBeLessThan(computed);
    expect((again.body.tasks as Listed[]).map((x) => x.id)).not.toContain(id);
  });
});
