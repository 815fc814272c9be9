// A plan in another layout through the tasks module: a task with milestones "Quý I và Quý III" stays one task,
// its March deliverable is flagged late in April while the September one is not, and handing in the first
// milestone moves the task's due date to the next one. Numbers restarting per group keep their written form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AN_BIEN, corpusText } from '../../domain/src/plan/test-support/corpus/index.js';
import { createPlanWard, upload } from './support/plan-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let ward: Awaited<ReturnType<typeof createPlanWard>>;
beforeAll(async () => {
  t = await startTestApp();
  ward = await createPlanWard(t.db, 'an-bien', ['coordinator', 'chairman']);
  const coordinator = await t.loginAs(ward.usernames.coordinator);
  const created = await coordinator.post('/api/v1/plans/imports', upload('ke-hoach-an-bien.txt', corpusText(AN_BIEN)));
  expect(created.status).toBe(201);
});
afterAll(() => t?.close());

/** 09:00 in Vietnam on a day. */
const at = (date: string) => new Date(`${date}T02:00:00Z`);

async function tasks() {
  const res = await (await t.loginAs(ward.usernames.coordinator)).get('/api/v1/tasks');
  expect(res.status).toBe(200);
  return res.body.tasks as { id: string; no: number | string; groupCode: string; [k: string]: unknown }[];
}

/** A task's page, where its milestones are (the list shows only its due date and flags). */
async function page(id: string) {
  const res = await (await t.loginAs(ward.usernames.coordinator)).get(`/api/v1/tasks/${id}`);
  expect(res.status).toBe(200);
  return res.body as { milestones: unknown[]; [k: string]: unknown };
}

describe('milestones through the tasks module', () => {
  it('keeps one task per row with its written number, restarting in each group', async () => {
    t.clock.set(at('2026-02-02'));
    const list = await tasks();
    expect(list.map((x) => `${x.groupCode}.${x.no}`)).toEqual(['I.1', 'I.2', 'I.3', 'II.1', 'II.2', 'III.1', 'III.2']);
  });

  it('flags the Q1 deliverable overdue in April, not the Q3 one, and moves on once it is handed in', async () => {
    t.clock.set(at('2026-04-02'));
    const task = (await tasks()).find((x) => x.groupCode === 'II' && x.no === 1);
    if (!task) throw new Error('task II.1 missing');
    expect(task.timeframe).toMatchObject({ kind: 'milestones', start: '2026-01-01', due: '2026-09-30' });
    // 01/04 and 02/04 are the working days since 31/03.
    expect((await page(task.id)).milestones).toEqual([
      {
        position: 1,
        start: '2026-01-01',
        due: '2026-03-31',
        doneOn: null,
        overdue: true,
        dueSoon: false,
        workingDaysOverdue: 2,
      },
      {
        position: 2,
        start: '2026-07-01',
        due: '2026-09-30',
        doneOn: null,
        overdue: false,
        dueSoon: false,
        workingDaysOverdue: null,
      },
    ]);
    expect(task).toMatchObject({ dueDate: '2026-03-31', flags: { overdue: true } });
    const overdue = await (await t.loginAs(ward.usernames.coordinator)).get('/api/v1/tasks?overdue=true');
    expect(overdue.body.tasks.map((x: { id: string }) => x.id)).toContain(task.id);

    const coordinator = await t.loginAs(ward.usernames.coordinator);
    const done = await coordinator.post(`/api/v1/tasks/${task.id}/milestones`, {
      position: 1,
      comment: 'Đã gửi danh mục',
    });
    expect(done.status).toBe(200);
    expect(done.body.task ?? done.body).toMatchObject({ dueDate: '2026-09-30', flags: { overdue: false } });
    const again = (await tasks()).find((x) => x.id === task.id);
    expect(again).toMatchObject({ dueDate: '2026-09-30', flags: { overdue: false } });
    expect((await page(task.id)).milestones).toMatchObject([
      { doneOn: '2026-04-02', overdue: false },
      { overdue: false },
    ]);
  });

  it('refuses a milestone the task does not have, with a field error in Vietnamese', async () => {
    const task = (await tasks()).find((x) => x.groupCode === 'II' && x.no === 1);
    const coordinator = await t.loginAs(ward.usernames.coordinator);
    const res = await coordinator.post(`/api/v1/tasks/${task?.id}/milestones`, { position: 9 });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.position).toBe('Nhiệm vụ không có mốc thời gian này.');
  });
});
