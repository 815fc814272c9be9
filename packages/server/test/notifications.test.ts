import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, type DatabaseHandle } from '../src/db/database.js';
import type { Mailer, MailMessage } from '../src/modules/notifications/mailer.js';
import { type ReminderRun, runDailyReminders } from '../src/modules/notifications/use-cases/run-daily-reminders.js';
import { sendWeeklyDigest } from '../src/modules/notifications/use-cases/send-weekly-digest.js';
import { ensureSeedPlan, type SeedPlan, uploadEvidence } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Each test has a ward of its own (a fresh copy of the seeded database): what one test's jobs create or mark read
// is never another test's starting point, whatever order they run in.
let t: TestApp;
let plan: SeedPlan;
let second: DatabaseHandle;
beforeEach(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
  // A second "server": its own pool on the same database.
  second = connect(t.databaseUrl, false, async () => {});
  for (const username of ['haiduong.vhxh', 'haiduong.chutich', 'haiduong.canbo', 'haiduong.truongphong']) {
    await t.db
      .updateTable('users')
      // Each opted in to receiving their items by e-mail (the account page's setting; off by default).
      .set({ email: `${username}@example.test`, email_notifications_since: new Date('2026-01-01T00:00:00Z') })
      .where('username', '=', username)
      .execute();
  }
});
afterEach(async () => {
  await second?.close();
  await t?.close();
});

function recordingMailer(sent: MailMessage[]): Mailer {
  return {
    send: async (m) => {
      // A slow SMTP server widens the window in which two servers could both send.
      await new Promise((r) => setTimeout(r, 5));
      sent.push(m);
    },
  };
}

const runOn = (db: ReminderRun['db'], mailer: Mailer, now: Date): ReminderRun => ({
  db,
  now,
  log: t.deps.log,
  mailer,
  publicUrl: 'https://cchc.example.test',
});

/** Monday 23/03/2026, 07:00 in Vietnam: task 1 is overdue and the centre's recurring tasks missed their Q1 update. */
const MONDAY = new Date('2026-03-23T00:00:00Z');

describe('daily reminders', () => {
  it('are created and e-mailed once when two servers run the job at the same time', async () => {
    const sent: MailMessage[] = [];
    const mailer = recordingMailer(sent);
    const now = MONDAY;
    const [a, b] = await Promise.all([
      runDailyReminders(runOn(t.db, mailer, now)),
      runDailyReminders(runOn(second.db, mailer, now)),
    ]);
    expect(a.created + b.created).toBeGreaterThan(0);
    const stored = await t.db.selectFrom('notifications').select('id').execute();
    expect(stored).toHaveLength(a.created + b.created);
    const again = await runDailyReminders(runOn(t.db, mailer, now));
    expect(again).toEqual({ created: 0, emailed: 0 });
    expect(sent.length).toBe(a.emailed + b.emailed);
    const keys = sent.map((m) => `${m.to}|${m.subject}|${m.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Task 1 (due before 15/01) is Phòng VHXH's; the centre's recurring tasks 21–30 missed their Q1 update.
    const to = (subject: string) => sent.filter((m) => m.subject.includes(subject)).map((m) => m.to);
    expect(to('quá hạn')).toContain('haiduong.vhxh@example.test');
    expect(to('chưa cập nhật')).toContain('haiduong.canbo@example.test');
    expect(sent.find((m) => m.subject.includes('quá hạn'))?.text).toContain('https://cchc.example.test/nhiem-vu/');
  });

  it("show in the bell of the unit's users only, with an unread count that marking read lowers", async () => {
    await runDailyReminders(runOn(t.db, recordingMailer([]), MONDAY));
    const officer = await t.loginAs('haiduong.canbo');
    const bell = await officer.get('/api/v1/notifications');
    expect(bell.status).toBe(200);
    expect(bell.body.unread).toBeGreaterThan(0);
    const kinds = new Set(bell.body.items.map((n: { kind: string }) => n.kind));
    expect([...kinds]).toEqual(['update_missing']);
    const first = bell.body.items[0];
    const after = await officer.post('/api/v1/notifications/read', { ids: [first.id] });
    expect(after.body.unread).toBe(bell.body.unread - 1);
    const observer = await t.loginAs('haiduong.mattran');
    expect((await observer.get('/api/v1/notifications/unread')).body.unread).toBe(0);
    // Someone else's notification cannot be marked.
    await observer.post('/api/v1/notifications/read', { ids: [bell.body.items[1].id] });
    expect((await officer.get('/api/v1/notifications/unread')).body.unread).toBe(bell.body.unread - 1);
    expect((await officer.post('/api/v1/notifications/read', { all: true })).body.unread).toBe(0);
  });

  it('leave out of the bell a stored row whose data does not fit its kind, and still answer', async () => {
    await runDailyReminders(runOn(t.db, recordingMailer([]), MONDAY));
    const officer = await t.loginAs('haiduong.canbo');
    const before = (await officer.get('/api/v1/notifications')).body.items as { id: string }[];
    expect(before.length).toBeGreaterThan(1);
    const bad = before[0]?.id ?? '';
    // As an older version (or a hand edit) might have stored it: no task fields at all.
    await t.db
      .updateTable('notifications')
      .set({ data: JSON.stringify({ legacy: true }) })
      .where('id', '=', bad)
      .execute();
    const bell = await officer.get('/api/v1/notifications');
    expect(bell.status).toBe(200);
    expect(bell.body.items.map((n: { id: string }) => n.id)).toEqual(before.slice(1).map((n) => n.id));
  });

  it('flag a recurring task missing its update once per reporting window', async () => {
    await runDailyReminders(runOn(t.db, recordingMailer([]), MONDAY));
    const now = new Date('2026-03-24T00:00:00Z');
    const result = await runDailyReminders(runOn(t.db, recordingMailer([]), now));
    // 23/03 already told about the Q1 window; nothing new on the 24th for it.
    const missing = await t.db
      .selectFrom('notifications')
      .select(['kind', 'day'])
      .where('kind', '=', 'update_missing')
      .execute();
    expect(missing.length).toBeGreaterThan(0);
    expect(new Set(missing.map((m) => m.day))).toEqual(new Set(['2026-03-08']));
    expect(result.created).toBe(0);
  });

  it('tell the unit at once when its completion is returned', async () => {
    const id = plan.taskIds.get(20) as string;
    const officer = await t.loginAs('haiduong.canbo');
    await uploadEvidence(officer, id, 'kh.pdf', Buffer.from('%PDF-1.4\n'));
    expect((await officer.post(`/api/v1/tasks/${id}/submit`, {})).status).toBe(200);
    const coordinator = await t.loginAs('haiduong.vhxh');
    const waiting = await coordinator.get('/api/v1/notifications');
    expect(
      waiting.body.items.some((n: { kind: string; taskId: string }) => n.kind === 'awaiting_review' && n.taskId === id),
    ).toBe(true);
    const returned = await coordinator.post(`/api/v1/tasks/${id}/return`, { comment: 'Thiếu quyết định ban hành' });
    expect(returned.body.review).toBe('returned');
    const bell = await officer.get('/api/v1/notifications');
    const told = bell.body.items.find((n: { kind: string }) => n.kind === 'returned');
    expect(told).toMatchObject({ taskId: id, read: false, data: { comment: 'Thiếu quyết định ban hành' } });

    // The same day, the coordinator reads the bell, the unit submits again, and is returned again: each event
    // reaches the bell anew, although one of its kind about this task was already stored today (and cleared).
    await coordinator.post('/api/v1/notifications/read', { all: true });
    expect((await officer.post(`/api/v1/tasks/${id}/submit`, {})).status).toBe(200);
    const again = (await coordinator.get('/api/v1/notifications')).body.items.find(
      (n: { kind: string; taskId: string }) => n.kind === 'awaiting_review' && n.taskId === id,
    );
    expect(again).toMatchObject({ read: false });
    await coordinator.post(`/api/v1/tasks/${id}/return`, { comment: 'Thiếu phụ lục' });
    const toldAgain = (await officer.get('/api/v1/notifications')).body.items.find(
      (n: { kind: string }) => n.kind === 'returned',
    );
    expect(toldAgain).toMatchObject({ taskId: id, read: false, data: { comment: 'Thiếu phụ lục' } });
  });

  it('sends the weekly digest to the coordinator and the chairman', async () => {
    const sent: MailMessage[] = [];
    const result = await sendWeeklyDigest(runOn(t.db, recordingMailer(sent), MONDAY));
    expect(result.created).toBe(2);
    expect(sent.map((m) => m.to).sort()).toEqual(['haiduong.chutich@example.test', 'haiduong.vhxh@example.test']);
    expect(sent[0]?.text).toContain('Nhiệm vụ quá hạn');
    expect((await sendWeeklyDigest(runOn(t.db, recordingMailer(sent), new Date('2026-03-23T05:00:00Z')))).created).toBe(
      0,
    );
  });
});
