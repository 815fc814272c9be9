// A unit without accounts is told through the coordinator, even on a task it leads with a unit that has accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDailyReminders } from '../src/modules/notifications/use-cases/run-daily-reminders.js';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
});
afterAll(() => t?.close());

const remindersOf = async (username: string, taskId: string) =>
  t.db
    .selectFrom('notifications as n')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'n.tenant_id').onRef('u.id', '=', 'n.user_id'))
    .select('n.kind')
    .where('u.username', '=', username)
    .where('n.task_id', '=', taskId)
    .execute();

describe('reminders of a task led by a unit without accounts', () => {
  it('reach the coordinator besides the users of the lead unit that has accounts', async () => {
    // Task 22 is the one-stop centre's (accounts: officer, head); the ward police (no account) now lead it too.
    const taskId = plan.taskIds.get(22) as string;
    await t.db
      .insertInto('plan_task_units')
      .values({
        tenant_id: plan.tenantId,
        task_id: taskId,
        unit_id: plan.unitIds.get('CA') ?? '',
        role: 'lead',
        position: 1,
      })
      .execute();
    // Monday 23/03/2026: the centre's recurring tasks missed their Q1 update (not overdue: the coordinator is told of
    // those only through the police).
    await runDailyReminders({
      db: t.db,
      now: new Date('2026-03-23T00:00:00Z'),
      log: t.deps.log,
      mailer: null,
      publicUrl: undefined,
    });
    const coordinator = (await remindersOf('haiduong.vhxh', taskId)).map((n) => n.kind);
    expect(coordinator).toContain('update_missing');
    expect((await remindersOf('haiduong.canbo', taskId)).map((n) => n.kind)).toContain('update_missing');
    // Task 23, the centre's alone, reminds the centre and not the coordinator.
    const alone = (await remindersOf('haiduong.vhxh', plan.taskIds.get(23) as string)).map((n) => n.kind);
    expect(alone).not.toContain('update_missing');
  });
});
