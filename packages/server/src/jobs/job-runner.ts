import PgBoss from 'pg-boss';
import type { AppDeps } from '../http/deps.js';
import { dossierApologiesJob } from '../modules/dossiers/apology-job.js';
import { dossierImportFailedJob, dossierImportJob } from '../modules/dossiers/import/import-job.js';
import { feedbackRemindersJob } from '../modules/feedback/reminders.js';
import { dailyRemindersJob, notificationMailJob, weeklyDigestJob } from '../modules/notifications/jobs.js';
import { retentionJob } from '../modules/personal-data/retention.js';
import { reportRemindersJob } from '../modules/reports/reminders.js';
import { bossDb } from './boss-db.js';
import type { JobDefinition } from './job.js';

/** The jobs of every module; a feature adds its jobs here (a dead-letter queue's job before the job using it). */
export const JOBS: JobDefinition[] = [
  feedbackRemindersJob,
  dailyRemindersJob,
  weeklyDigestJob,
  notificationMailJob,
  reportRemindersJob,
  dossierApologiesJob,
  retentionJob,
  dossierImportFailedJob,
  dossierImportJob,
];

export interface JobRunner {
  /** Queues one run of a job now; returns the job id. */
  send(name: string, payload: unknown): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * Runs every scheduled job once at start. A server that was off at 06:00, or started with CCHC_NOW on a day
 * the schedule never saw, would otherwise keep an empty bell until the next tick; the handlers are idempotent
 * (their effects carry unique keys), so a run that was not missed adds nothing. The singleton key keeps several
 * servers starting together to one catch-up per job and minute.
 */
async function catchUp(boss: PgBoss, jobs: readonly JobDefinition[]): Promise<void> {
  for (const job of jobs.filter((j) => j.schedule)) {
    await boss.send(job.name, {}, { singletonKey: 'catch-up', singletonSeconds: 60 });
  }
}

/**
 * Runs jobs in-process on pg-boss (its own `pgboss` schema in the same database): with the embedded server on a
 * ward's machine as with a city's PostgreSQL behind several app servers, where pg-boss hands each job and each
 * scheduled tick to exactly one worker.
 */
export async function startJobs(deps: AppDeps, url: string, jobs: JobDefinition[] = JOBS): Promise<JobRunner> {
  const db = bossDb(url, deps.log);
  const boss = new PgBoss({ db });
  boss.on('error', (err) => deps.log.error({ err }, 'lỗi hàng đợi công việc (job queue error)'));
  // Servers starting together take turns at pg-boss's schema and queue set-up: run side by side, its DDL and
  // upserts on the same queues deadlock, and the loser would fail its start.
  const setup = await deps.pool.connect();
  try {
    await setup.query('SELECT pg_advisory_lock($1)', [JOBS_SETUP_LOCK]);
    await setUp(boss, deps, jobs);
  } finally {
    await setup.query('SELECT pg_advisory_unlock($1)', [JOBS_SETUP_LOCK]).catch(() => {});
    setup.release();
  }
  await catchUp(boss, jobs);
  return {
    send: (name, payload) => boss.send(name, payload as object),
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await db.close();
    },
  };
}

// Any constant works; the same for every cchc process on one database (beside the migration and seed locks).
const JOBS_SETUP_LOCK = 4_817_205;

async function setUp(boss: PgBoss, deps: AppDeps, jobs: JobDefinition[]): Promise<void> {
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, {
      name: job.name,
      retryLimit: job.retryLimit ?? 3,
      retryBackoff: true,
      ...(job.expireInSeconds ? { expireInSeconds: job.expireInSeconds } : {}),
      ...(job.deadLetter ? { deadLetter: job.deadLetter } : {}),
    });
    await boss.work(job.name, async ([raw]) => {
      if (!raw) return;
      const payload = job.payload.parse(raw.data);
      const started = Date.now();
      await job.handler(payload, deps);
      deps.log.info({ job: job.name, ms: Date.now() - started }, 'công việc nền hoàn tất (job done)');
    });
    if (job.schedule) await boss.schedule(job.name, job.schedule, {}, { tz: 'Asia/Ho_Chi_Minh' });
    else await boss.unschedule(job.name).catch(() => {});
  }
}
