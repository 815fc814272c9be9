import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JobRunner, startJobs } from '../src/jobs/job-runner.js';
import { dailyRemindersJob, weeklyDigestJob } from '../src/modules/notifications/jobs.js';
import { ensureSeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let runner: JobRunner;
beforeAll(async () => {
  t = await startTestApp();
  await ensureSeedPlan(t.db);
  runner = await startJobs(t.deps, t.databaseUrl, [dailyRemindersJob, weeklyDigestJob]);
});
afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

const count = async (kind: 'update_missing' | 'weekly_digest') =>
  (await t.db.selectFrom('notifications').select('id').where('kind', '=', kind).execute()).length;

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check()) && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
}

describe('reminder jobs on pg-boss', () => {
  it('run in-process: the daily reminders and the weekly digest create their notifications', async () => {
    await runner.send(dailyRemindersJob.name, {});
    await runner.send(weeklyDigestJob.name, {});
    await until(async () => (await count('update_missing')) > 0 && (await count('weekly_digest')) > 0);
    // The centre's ten recurring tasks (21–30) missed their Q1 update; its officer and its unit head hear of each
    // (the one-stop officer's work is dossiers, not the plan).
    expect(await count('update_missing')).toBe(20);
    expect(await count('weekly_digest')).toBe(2);
  });
});
