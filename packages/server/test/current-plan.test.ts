import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanWard, SEED_TEXT, upload } from './support/plan-fixtures.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

// The app's clock stands in 2026 (TEST_EPOCH); the ward has plans for 2025 and 2027 only.
let t: TestApp;
let coordinator: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  const ward = await createPlanWard(t.db, 'two-plans-ward', ['coordinator']);
  coordinator = await t.loginAs(ward.usernames.coordinator);
  for (const year of ['2027', '2025']) {
    const res = await coordinator.post(
      '/api/v1/plans/imports',
      upload(`ke-hoach-${year}.txt`, SEED_TEXT.replaceAll('2026', year)),
    );
    expect(res.status).toBe(201);
  }
});
afterAll(async () => {
  await t?.close();
});

describe('the current plan of a year without its own plan', () => {
  it('is the same plan on the plan page and in the task list: the last earlier one', async () => {
    const plan = await coordinator.get('/api/v1/plans/current');
    const tasks = await coordinator.get('/api/v1/tasks');
    expect(plan.status).toBe(200);
    expect(plan.body.year).toBe(2025);
    expect(tasks.body.plan).toMatchObject({ id: plan.body.id, year: 2025 });
  });

  it("is the year's own plan when asked for that year", async () => {
    expect((await coordinator.get('/api/v1/plans/current?year=2027')).body.year).toBe(2027);
    expect((await coordinator.get('/api/v1/plans/current?year=2024')).body.year).toBe(2025);
  });
});
