import { afterAll, describe, expect, it } from 'vitest';
import { type JobRunner, startJobs } from '../src/jobs/job-runner.js';
import { retentionJob } from '../src/modules/personal-data/retention.js';
import { TEST_EPOCH } from './support/constants.js';
import { intakeBody, procedureId } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The nightly retention job on pg-boss, judged on the app's clock: each kind goes when its own period is over.
// Erasing cannot be undone, so each test has a ward of its own (a fresh database) at the day it judges: the
// order the tests run in changes nothing.
interface Ward {
  t: TestApp;
  runner?: JobRunner;
  feedbackId: string;
  dossierId: string;
  userId: string;
}
const wards: Ward[] = [];
const DAY = 86_400_000;

/** A fresh ward holding one of each kind: a login failure, a session, a notification, closed feedback, a dossier. */
async function openWard(): Promise<Ward> {
  const t = await startTestApp();
  const ward: Ward = { t, feedbackId: '', dossierId: '', userId: '' };
  wards.push(ward);
  const desk = await t.loginAs('haiduong.motcua');
  ward.userId = (await desk.get('/api/v1/auth/me')).body.user.id;
  const submitted = await t.client().post('/api/v1/public/hai-duong/feedback', {
    category: 'procedure',
    title: 'Phí chứng thực',
    text: 'Tôi là Nguyễn Văn An, số 0912 345 678, đề nghị niêm yết phí chứng thực tại quầy.',
    name: 'Nguyễn Văn An',
    phone: '0912 345 678',
  });
  ward.feedbackId = (await desk.get('/api/v1/feedback')).body.find(
    (f: { trackingCode: string }) => f.trackingCode === submitted.body.trackingCode,
  ).id;
  const rejected = await desk.post(`/api/v1/feedback/${ward.feedbackId}/reject`, {
    reason: 'out_of_scope',
    note: 'Không thuộc thẩm quyền của phường.',
  });
  expect(rejected.status).toBe(200);
  ward.dossierId = (await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')))).body.id;
  // The dossier's end of processing: the retention counts from it (its processing steps have their own tests).
  await t.db.updateTable('dossiers').set({ ended_at: TEST_EPOCH }).where('id', '=', ward.dossierId).execute();
  expect((await t.client().login('haiduong.motcua', 'sai-mat-khau')).status).toBe(401);
  const user = await t.db
    .selectFrom('users')
    .select('tenant_id')
    .where('id', '=', ward.userId)
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('notifications')
    .values({
      tenant_id: user.tenant_id,
      id: '00000000-0000-4000-8000-0000000000aa',
      user_id: ward.userId,
      kind: 'feedback_deadline',
      subject: `feedback:${ward.feedbackId}:answer`,
      day: '2026-03-20',
      created_at: TEST_EPOCH,
    })
    .execute();
  return ward;
}
afterAll(async () => {
  for (const { t, runner } of wards) {
    await runner?.stop();
    await t.close();
  }
});

const state = async ({ t, userId, feedbackId, dossierId }: Ward) => ({
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

/** Opens a ward, moves its clock to `daysAfterEpoch` and starts the jobs, whose first start runs the job at once. */
async function runAt(daysAfterEpoch: number, done: (s: Awaited<ReturnType<typeof state>>) => boolean) {
  const ward = await openWard();
  ward.t.clock.set(new Date(TEST_EPOCH.getTime() + daysAfterEpoch * DAY));
  ward.runner = await startJobs(ward.t.deps, ward.t.databaseUrl, [retentionJob]);
  const end = Date.now() + 30_000;
  let s = await state(ward);
  while (!done(s) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    s = await state(ward);
  }
  return s;
}

describe('retention periods (Decree 13)', () => {
  it('keeps everything within its period', async () => {
    const s = await state(await openWard());
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
