import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JobRunner, startJobs } from '../src/jobs/job-runner.js';
import { retentionJob } from '../src/modules/personal-data/retention.js';
import { TEST_EPOCH } from './support/constants.js';
import { intakeBody, procedureId } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The nightly retention job on pg-boss, judged on the app's clock: each kind goes when its own period is over.
let t: TestApp;
let runner: JobRunner | undefined;
let feedbackId: string;
let dossierId: string;
let userId: string;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestApp();
  const desk = await t.loginAs('haiduong.motcua');
  userId = (await desk.get('/api/v1/auth/me')).body.user.id;
  const submitted = await t.client().post('/api/v1/public/hai-duong/feedback', {
    category: 'procedure',
    title: 'Phí chứng thực',
    text: 'Tôi là Nguyễn Văn An, số 0912 345 678, đề nghị niêm yết phí chứng thực tại quầy.',
    name: 'Nguyễn Văn An',
    phone: '0912 345 678',
  });
  feedbackId = (await desk.get('/api/v1/feedback')).body.find(
    (f: { trackingCode: string }) => f.trackingCode === submitted.body.trackingCode,
  ).id;
  const rejected = await desk.post(`/api/v1/feedback/${feedbackId}/reject`, {
    reason: 'out_of_scope',
    note: 'Không thuộc thẩm quyền của phường.',
  });
  expect(rejected.status).toBe(200);
  dossierId = (await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')))).body.id;
  // The dossier's end of processing: the retention counts from it (its processing steps have their own tests).
  await t.db.updateTable('dossiers').set({ ended_at: TEST_EPOCH }).where('id', '=', dossierId).execute();
  expect((await t.client().login('haiduong.motcua', 'sai-mat-khau')).status).toBe(401);
  const ward = await t.db.selectFrom('users').select('tenant_id').where('id', '=', userId).executeTakeFirstOrThrow();
  await t.db
    .insertInto('notifications')
    .values({
      tenant_id: ward.tenant_id,
      id: '00000000-0000-4000-8000-0000000000aa',
      user_id: userId,
      kind: 'feedback_deadline',
      subject: `feedback:${feedbackId}:answer`,
      day: '2026-03-20',
      created_at: TEST_EPOCH,
    })
    .execute();
});
afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

const state = async () => ({
  loginFailures: (await t.db.selectFrom('login_failures').select('at').execute()).length,
  sessions: (await t.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()).length,
  notifications: (await t.db.selectFrom('notifications').select('id').execute()).length,
  feedback: await t.db
    .selectFrom('feedback')
    .select(['submitter_name', 'submitter_phone', 'text', 'status'])
    .where('id', '=', feedbackId)
    .executeTakeFirstOrThrow(),
  dossier: await t.db
    .selectFrom('dossiers')
    .select(['applicant_name', 'applicant_phone', 'applicant_id_number'])
    .where('id', '=', dossierId)
    .executeTakeFirstOrThrow(),
});

async function runAt(daysAfterEpoch: number, done: (s: Awaited<ReturnType<typeof state>>) => boolean) {
  t.clock.set(new Date(TEST_EPOCH.getTime() + daysAfterEpoch * DAY));
  // The first start runs the scheduled job at once (its catch-up); later runs are queued as the schedule would.
  if (runner) await runner.send(retentionJob.name, {});
  else runner = await startJobs(t.deps, t.databaseUrl, [retentionJob]);
  const end = Date.now() + 30_000;
  let s = await state();
  while (!done(s) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    s = await state();
  }
  return s;
}

describe('retention periods (Decree 13)', () => {
  it('keeps everything within its period', async () => {
    const s = await state();
    expect(s).toMatchObject({ loginFailures: 1, sessions: 1, notifications: 1 });
    expect(s.feedback.submitter_phone).toBe('0912 345 678');
  });

  it('after a year and a day: throttles, expired sessions and notifications gone; feedback and dossier kept', async () => {
    const s = await runAt(366, (x) => x.notifications === 0 && x.loginFailures === 0 && x.sessions === 0);
    expect(s).toMatchObject({ loginFailures: 0, sessions: 0, notifications: 0 });
    expect(s.feedback.submitter_name).toBe('Nguyễn Văn An');
    expect(s.dossier.applicant_phone).toBe('0912 345 678');
  });

  it('after 5 years: the closed feedback loses its submitter, also where its text quoted them', async () => {
    const s = await runAt(5 * 365 + 1, (x) => x.feedback.submitter_phone === null);
    expect(s.feedback).toMatchObject({ submitter_name: null, submitter_phone: null, status: 'rejected' });
    expect(s.feedback.text).not.toContain('Nguyễn Văn An');
    expect(s.feedback.text).not.toContain('345 678');
    expect(s.feedback.text).toContain('đề nghị niêm yết phí chứng thực tại quầy');
    expect(s.dossier.applicant_id_number).toBe('030090001234');
  });

  it('after 10 years: the ended dossier loses the applicant’s contacts, keeping the name for the archive', async () => {
    const s = await runAt(10 * 365 + 3, (x) => x.dossier.applicant_phone === null);
    expect(s.dossier).toEqual({ applicant_name: 'Nguyễn Văn An', applicant_phone: null, applicant_id_number: null });
  });
});
