import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { proposeApologies } from '../src/modules/dossiers/apology-job.js';
import { sendFeedbackReminders } from '../src/modules/feedback/reminders.js';
import { sendReportReminders } from '../src/modules/reports/reminders.js';
import { at, intakeBody, procedureId, vn } from './support/dossier-fixtures.js';
import { seedUnitId } from './support/factories.js';
import { ensureSeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Feedback reminders, report reminders and apology proposals reach the bell of the users who act on them, once
// however many servers run the job at the same time.

interface Item {
  kind: string;
  taskId: string | null;
  data: Record<string, unknown>;
}

// Each test has a ward of its own (a fresh copy of the seeded database, its clock at Mon 02/03): one test's
// reminders, reports sent or clock moves are never another test's starting point.
let t: TestApp;
const quiet = { info: () => {} };
beforeEach(async () => {
  t = await startTestApp({ now: vn('2026-03-02 08:00') });
  await ensureSeedPlan(t.db);
});
afterEach(() => t?.close());

/** Mon 02/03: five working days before Q1's due date (Sun 08/03); no unit has reported yet. */
const MONDAY = vn('2026-03-02 06:40');

/** The bell of a user, as the UI reads it, keeping the notifications of one kind. */
async function bell(username: string, kind: string): Promise<Item[]> {
  const res = await (await t.loginAs(username)).get('/api/v1/notifications?limit=100');
  expect(res.status).toBe(200);
  return (res.body.items as Item[]).filter((n) => n.kind === kind);
}

describe('report reminders in the bell', () => {
  it("tell the unit's officer and head of their missing report, once when two servers run the job", async () => {
    await Promise.all([sendReportReminders(t.db, MONDAY, quiet), sendReportReminders(t.db, MONDAY, quiet)]);
    for (const user of ['haiduong.canbo', 'haiduong.truongphong']) {
      const mine = await bell(user, 'report_due');
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        taskId: null,
        data: { periodCode: '2026-Q1', reminder: 'due_soon', dueDate: '2026-03-08' },
      });
    }
    // The desk does not write the unit's report; the chairman has no unit.
    expect(await bell('haiduong.motcua', 'report_due')).toEqual([]);
    expect(await bell('haiduong.chutich', 'report_due')).toEqual([]);
  });

  it('remind the coordinator of the consolidated report until it is sent', async () => {
    await sendReportReminders(t.db, MONDAY, quiet);
    const consolidated = async () =>
      (await bell('haiduong.vhxh', 'report_due')).filter((n) => n.data.consolidated === true);
    expect(await consolidated()).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ periodCode: '2026-Q1', dueDate: '2026-03-08' }) }),
    ]);
    const q1 = '/api/v1/reports/periods/2026-Q1/report';
    const generated = await (await t.loginAs('haiduong.vhxh')).post(`${q1}/generate`, {});
    expect(generated.status).toBe(201);
    const sent = await (await t.loginAs('haiduong.chutich')).post(`${q1}/send`, {
      version: generated.body.current.version,
      number: '15',
      date: '2026-03-06',
      recipients: ['- Sở Nội vụ;', '- Lưu: VT, VHXH.'],
    });
    expect(sent.status).toBe(200);
    // Fri 06/03 is the last reminder day (one working day before the due date): sent, so nothing new.
    await sendReportReminders(t.db, vn('2026-03-06 06:40'), quiet);
    expect(await consolidated()).toHaveLength(1);
  });
});

describe('apology proposals in the bell', () => {
  it('tell the one-stop officers of a dossier with no assigned officer, once', async () => {
    at(t, '2026-03-09 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const dossier = (await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.000894')))).body;
    // Due Mon 16/03: Fri 13/03 is the letter's last working day.
    const friday = vn('2026-03-13 06:00');
    const proposed = await Promise.all([proposeApologies(t.db, friday, quiet), proposeApologies(t.db, friday, quiet)]);
    expect(proposed[0] + proposed[1]).toBe(1);
    at(t, '2026-03-13 08:00');
    const mine = await bell('haiduong.motcua', 'apology_needed');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.data).toMatchObject({ dossierId: dossier.id, code: dossier.code, dueDate: '2026-03-16' });
    expect(await bell('haiduong.canbo', 'apology_needed')).toEqual([]);
    // A later run in the window proposes nothing new and tells nobody again.
    await proposeApologies(t.db, vn('2026-03-14 06:00'), quiet);
    expect(await bell('haiduong.motcua', 'apology_needed')).toHaveLength(1);
  });
});

describe('feedback reminders in the bell', () => {
  it('tell the users of the unit the feedback is routed to, with its head, once', async () => {
    at(t, '2026-05-04 09:00');
    const submitted = await t.client().post(
      '/api/v1/public/hai-duong/feedback',
      {
        category: 'procedure',
        title: 'Niêm yết phí chứng thực',
        text: 'Đề nghị niêm yết công khai mức phí chứng thực bản sao tại quầy để người dân tiện theo dõi.',
        name: 'Nguyễn Văn An',
        phone: '0912 345 678',
      },
      { 'x-forwarded-for': '198.51.100.77' },
    );
    expect(submitted.status).toBe(201);
    const desk = await t.loginAs('haiduong.motcua');
    const list = await desk.get('/api/v1/feedback?pageSize=50');
    const id = (list.body as { id: string; trackingCode: string }[]).find(
      (f) => f.trackingCode === submitted.body.trackingCode,
    )?.id;
    expect(id).toBeDefined();
    const centre = await seedUnitId(t.db, 'TTPVHCC');
    expect((await desk.post(`/api/v1/feedback/${id}/route`, { unitId: centre })).status).toBe(200);

    // Submitted Mon 04/05: rejection due Wed 06/05, reminded on Tue 05/05.
    const tuesday = vn('2026-05-05 06:30');
    await Promise.all([sendFeedbackReminders(t.db, tuesday, quiet), sendFeedbackReminders(t.db, tuesday, quiet)]);
    await sendFeedbackReminders(t.db, tuesday, quiet);
    at(t, '2026-05-05 08:00');
    for (const user of ['haiduong.canbo', 'haiduong.truongphong']) {
      const mine = await bell(user, 'feedback_deadline');
      expect(mine.map((n) => n.data.deadline)).toEqual(['reject']);
      expect(mine[0]?.data).toMatchObject({
        feedbackId: id,
        trackingCode: submitted.body.trackingCode,
        dueDate: '2026-05-06',
      });
    }
    // Once routed, the coordinator's unit (another unit) hears nothing of it.
    expect(await bell('haiduong.vhxh', 'feedback_deadline')).toEqual([]);
  });
});
