// The task list, a task's page and the dashboard read in a number of SQL queries that does not grow
// with the number of tasks. Every query the server sends is counted on the pool's clients; the same requests are
// made with N tasks and with 10 N, and must send the same number of queries.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTasks } from '../bench/task-rows.js';
import { taskListOut } from '../src/modules/tasks/schemas.js';
import { onEveryQuery } from './support/query-counter.js';
import { ensureSeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let queries = 0;
beforeAll(async () => {
  t = await startTestApp();
  await ensureSeedPlan(t.db);
  // Every checkout of a client (Kysely takes one per query or transaction) counts the queries it sends.
  onEveryQuery(t.deps.pool, () => {
    queries += 1;
  });
});
afterAll(() => t?.close());

const N = 20;
const TASK = '/api/v1/tasks';

/**
 * The queries one request sends, once a first call has warmed what is read once per process. The ward's inputs are
 * stamped in between, so a list kept since that call (tasks/list-cache.ts) is computed again and counted.
 */
async function queriesOf(client: TestClient, path: string): Promise<number> {
  expect((await client.get(path)).status).toBe(200);
  await sql`UPDATE tenants SET name = name WHERE code = 'hai-duong'`.execute(t.db);
  queries = 0;
  const res = await client.get(path);
  expect(res.status).toBe(200);
  return queries;
}

describe('queries per request, whatever the number of tasks', () => {
  it('are the same for N and 10 N tasks on the list, a filtered list, a task and the dashboard', async () => {
    const chairman = await t.loginAs('haiduong.chutich');
    const { tenantId } = await generateTasks(t.db, 'hai-duong', N, 52, 'qc-a');
    const cityTasks = await chairman.get(`${TASK}?source=city`);
    expect(cityTasks.body).toHaveProperty('tasks');
    const [first] = cityTasks.body.tasks as { id: string }[];
    expect(first).toBeDefined();
    const paths = [
      TASK,
      `${TASK}?status=completed`,
      `${TASK}?overdue=true`,
      `${TASK}?mine=true`,
      `${TASK}/${first?.id}`,
      '/api/v1/dashboard',
    ];
    const before: number[] = [];
    for (const p of paths) before.push(await queriesOf(chairman, p));
    const list = (await chairman.get(TASK)).body;
    const listed = list.tasks.length;
    // The list is sent without zod's check (http/presented-json.ts): it must hold to its schema as it is.
    expect(taskListOut.parse(list)).toEqual(list);

    await generateTasks(t.db, 'hai-duong', 9 * N, 52, 'qc-b');
    expect((await chairman.get(TASK)).body.tasks.length).toBe(listed + 9 * N);
    const after: number[] = [];
    for (const p of paths) after.push(await queriesOf(chairman, p));

    expect(Object.fromEntries(paths.map((p, i) => [p, after[i]]))).toEqual(
      Object.fromEntries(paths.map((p, i) => [p, before[i]])),
    );
    expect(tenantId).toBeTruthy();
    for (const n of before) expect(n).toBeGreaterThan(0);
  });
});
