// Staff choose on their account page whether their to-do and notification items also come by e-mail; mail goes
// through real SMTP (a local sink) and only to those who opted in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/modules/notifications/mailer.js';
import { type ReminderRun, runDailyReminders } from '../src/modules/notifications/use-cases/run-daily-reminders.js';
import { sendPendingEmails } from '../src/modules/notifications/use-cases/send-pending-emails.js';
import { sendWeeklyDigest } from '../src/modules/notifications/use-cases/send-weekly-digest.js';
import { startSmtpSink } from './support/smtp-sink.js';
import { ensureSeedPlan, type SeedPlan, uploadEvidence } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let coordinator: TestClient;
let chairman: TestClient;
let officer: TestClient;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startTestApp({
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_FROM: 'cchc@phuong.test' },
  });
  plan = await ensureSeedPlan(t.db);
  coordinator = await t.loginAs('haiduong.vhxh');
  chairman = await t.loginAs('haiduong.chutich');
  officer = await t.loginAs('haiduong.canbo');
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const run = (): ReminderRun => ({
  db: t.db,
  now: t.clock.now(),
  log: t.deps.log,
  mailer: createMailer(t.deps.config.smtp),
  publicUrl: 'https://cchc.example.test',
});
const to = (address: string) => sink.mails.filter((m) => m.to.includes(address));
const settings = (c: TestClient, body: object) => c.request('PUT', '/api/v1/notifications/settings', body);

describe('e-mail of to-do and notification items, for staff who opt in', () => {
  it('is off by default, and refuses opting in without a valid address, on the address field', async () => {
    const staff = await t.loginAs('haiduong.truongphong'); // whom no other test opts in, whatever ran before
    expect((await staff.get('/api/v1/notifications/settings')).body).toEqual({
      email: null,
      emailNotifications: false,
    });
    const none = await settings(staff, { emailNotifications: true });
    expect(none.status).toBe(400);
    expect(none.body.error.fieldReasons).toEqual({ email: { code: 'no_address', values: {} } });
    expect(none.body.error.reason.code).toBe('no_address');
    const bad = await settings(staff, { emailNotifications: true, email: 'canbo@' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['email']);
    expect(bad.body.error.fieldReasons.email.code).toBe('invalid_format'); // zod's issue code, beside its sentence
    expect((await staff.get('/api/v1/notifications/settings')).body.emailNotifications).toBe(false);
  });

  it('mails the reminders and the digest to the coordinator who opted in, never to the chairman who did not', async () => {
    expect((await settings(coordinator, { emailNotifications: true, email: 'vhxh@phuong.test' })).body).toEqual({
      email: 'vhxh@phuong.test',
      emailNotifications: true,
    });
    // The chairman has an address but keeps the bell only.
    expect((await settings(chairman, { emailNotifications: false, email: 'chutich@phuong.test' })).status).toBe(200);

    const daily = await runDailyReminders(run());
    const digest = await sendWeeklyDigest(run());
    expect(daily.created).toBeGreaterThan(0);
    expect(digest.created).toBeGreaterThanOrEqual(2); // the coordinator's and the chairman's
    expect(to('chutich@phuong.test')).toHaveLength(0);
    const coordinatorMails = to('vhxh@phuong.test');
    expect(coordinatorMails.length).toBe(daily.emailed + digest.emailed);
    // Task 1 is the coordinator's own unit's, long overdue on 20/03/2026.
    expect(coordinatorMails.some((m) => m.raw.includes('/nhiem-vu/'))).toBe(true);
    // The chairman's items stay in the bell.
    expect((await chairman.get('/api/v1/notifications')).body.items.length).toBeGreaterThan(0);
  });

  it('mails an event (the officer told of an acceptance) once the officer opts in, and stops after opting out', async () => {
    expect((await settings(officer, { emailNotifications: true, email: 'canbo@phuong.test' })).status).toBe(200);
    const id = plan.taskIds.get(20) as string;
    expect((await uploadEvidence(officer, id, 'ket-qua.pdf', PDF)).status).toBe(201);
    expect((await officer.post(`/api/v1/tasks/${id}/submit`, { comment: 'Đã xong' })).status).toBe(200);
    expect((await coordinator.post(`/api/v1/tasks/${id}/accept`, { comment: 'Đạt yêu cầu' })).status).toBe(200);

    const first = await sendPendingEmails(run());
    const officerMails = to('canbo@phuong.test');
    expect(officerMails).toHaveLength(1);
    // The coordinator was told the result waited for acceptance; that item cleared when it was accepted.
    expect(first.emailed).toBe(1);
    expect((await sendPendingEmails(run())).emailed).toBe(0);

    expect((await settings(officer, { emailNotifications: false })).body.emailNotifications).toBe(false);
    const other = plan.taskIds.get(21) as string;
    expect((await uploadEvidence(officer, other, 'ket-qua.pdf', PDF)).status).toBe(201);
    expect((await officer.post(`/api/v1/tasks/${other}/submit`, { comment: 'Đã xong' })).status).toBe(200);
    expect((await coordinator.post(`/api/v1/tasks/${other}/return`, { comment: 'Thiếu báo cáo quý' })).status).toBe(
      200,
    );
    await sendPendingEmails(run());
    expect(to('canbo@phuong.test')).toHaveLength(1);
    expect(
      (await officer.get('/api/v1/notifications')).body.items.some((n: { kind: string }) => n.kind === 'returned'),
    ).toBe(true);
  });
});
