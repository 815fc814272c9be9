import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
});
afterAll(() => t?.close());

/** 09:00 in Vietnam on a day. */
const at = (date: string) => new Date(`${date}T02:00:00Z`);

async function taskAs(username: string, id: string) {
  const res = await (await t.loginAs(username)).get(`/api/v1/tasks/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}

describe('timeframes on the working calendar', () => {
  it('flags a task overdue from the day after its due date, counting working days', async () => {
    t.clock.set(at('2026-03-20'));
    const task1 = await taskAs('haiduong.vhxh', plan.taskIds.get(1) as string);
    expect(task1.timeframe).toMatchObject({ kind: 'before', due: '2026-01-14' });
    // 15/01–20/03 without weekends and the Tết break (16–20/02 are weekdays off): 42 working days, not 65 days.
    expect(task1.flags).toMatchObject({ overdue: true, dueSoon: false, workingDaysOverdue: 42 });
    const list = await (await t.loginAs('haiduong.vhxh')).get('/api/v1/tasks?overdue=true');
    expect(list.body.tasks.map((x: { no: number }) => x.no)).toEqual([1]);
  });

  it('counts "due soon" in working days across the 30/04 holidays, and follows a calendar change', async () => {
    t.clock.set(at('2026-04-22'));
    const coordinator = await t.loginAs('haiduong.vhxh');
    const created = await coordinator.post('/api/v1/tasks', {
      source: 'city',
      documentNumber: '120/UBND-VP',
      documentDate: '2026-04-20',
      content: 'Báo cáo đánh giá việc thực hiện Đề án 06 trên địa bàn phường',
      leadUnitIds: [plan.unitIds.get('TTPVHCC')],
      timeframeKind: 'date',
      dueDate: '2026-04-30',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ source: 'city', sourceDocument: { number: '120/UBND-VP' } });
    const id = created.body.id;
    // Wed 22/04 → Thu 30/04: 22, 23, 24, 28, 29 are working days; 25–27/04 and 30/04 are not.
    expect(created.body.flags).toMatchObject({ dueSoon: true, workingDaysLeft: 5 });
    t.clock.set(at('2026-04-24'));
    expect((await taskAs('haiduong.canbo', id)).flags).toMatchObject({ dueSoon: true, workingDaysLeft: 3 });
    const admin = await t.loginAs('thanhpho.admin');
    const dayOff = { date: '2026-04-29', reason: 'Nghỉ bù (giả định)', noticeNumber: '99/TB-BNV' };
    expect((await admin.post('/api/v1/calendar/days-off', dayOff)).status).toBe(201);
    expect((await taskAs('haiduong.canbo', id)).flags.workingDaysLeft).toBe(2);
    // Mon 04/05 is the first working day after the break: one working day late.
    t.clock.set(at('2026-05-04'));
    expect((await taskAs('haiduong.canbo', id)).flags).toMatchObject({ overdue: true, workingDaysOverdue: 1 });
  });

  it('flags a recurring task missing its update for the last reporting window until one is given', async () => {
    t.clock.set(at('2026-03-20'));
    const id = plan.taskIds.get(21) as string;
    const officer = await t.loginAs('haiduong.canbo');
    const before = await taskAs('haiduong.canbo', id);
    expect(before.timeframe.kind).toBe('recurring');
    expect(before.flags).toMatchObject({ updateMissing: true, missingPeriod: 'Q1', overdue: false, dueSoon: false });
    const update = await officer.post(`/api/v1/tasks/${id}/updates`, { progress: 30, comment: 'Kết quả quý I' });
    expect(update.status).toBe(200);
    expect(update.body.flags.updateMissing).toBe(false);
    // That update falls in the H1 window (09/03–08/06). Near the end of Q3's (09/06–08/09) without one, it is due.
    t.clock.set(at('2026-06-03'));
    expect((await taskAs('haiduong.canbo', id)).flags).toMatchObject({ updateMissing: false, updateDueSoon: false });
    t.clock.set(at('2026-09-03'));
    expect((await taskAs('haiduong.canbo', id)).flags).toMatchObject({ updateMissing: false, updateDueSoon: true });
  });

  it('gives an event task its due date when the trigger is received, counted on the calendar', async () => {
    t.clock.set(at('2026-03-20'));
    const id = plan.taskIds.get(2) as string;
    const coordinator = await t.loginAs('haiduong.vhxh');
    const before = await taskAs('haiduong.vhxh', id);
    expect(before).toMatchObject({ dueDate: null, timeframe: { kind: 'event' }, flags: { awaitingTrigger: true } });
    const trigger = { documentNumber: '45/UBND-VP', documentDate: '2026-03-10', workingDays: 10 };
    const res = await coordinator.post(`/api/v1/tasks/${id}/trigger`, trigger);
    expect(res.status).toBe(200);
    // Ten working days after Tue 10/03: Tue 24/03.
    expect(res.body).toMatchObject({
      dueDate: '2026-03-24',
      trigger: { number: '45/UBND-VP', date: '2026-03-10', workingDays: 10 },
      flags: { awaitingTrigger: false, dueSoon: true, workingDaysLeft: 3 },
    });
    expect(res.body.timeline[0]).toMatchObject({ kind: 'trigger', data: { dueDate: '2026-03-24' } });
    const written = await coordinator.post(`/api/v1/tasks/${id}/trigger`, {
      documentNumber: '52/UBND-VP',
      documentDate: '2026-03-18',
      dueDate: '2026-04-15',
    });
    expect(written.body.dueDate).toBe('2026-04-15');
    const dated = await coordinator.post(`/api/v1/tasks/${plan.taskIds.get(20)}/trigger`, trigger);
    expect(dated.status).toBe(409);
    const early = await coordinator.post(`/api/v1/tasks/${id}/trigger`, {
      ...trigger,
      workingDays: undefined,
      dueDate: '2026-03-01',
    });
    expect(early.status).toBe(400);
  });
});
