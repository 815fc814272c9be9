import { vietnamDateOf } from '@cchc/domain';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { defineJob } from '../../jobs/job.js';
import type { Logger } from '../../logger.js';
import { loadWorkingCalendar } from '../calendar/index.js';
import { type Delivery, deliveryOf, notifyUsers, usersWithRoles } from '../notifications/index.js';
import type { DossierRow } from './records.js';
import { dossiersRepository } from './repository.js';
import { dossierSideRepository } from './side-repository.js';
import { COUNTER_NAME } from './use-cases/moves.js';

/** Open with the clock running: accepted, processing, or waiting for payment (a paused dossier has no due yet). */
const RUNNING: readonly number[] = [2, 4, 6];

/**
 * Whether today is the window for the apology letter: from the last working day before the due date (Decree 61
 * wants the letter at least one working day ahead) until the due date itself.
 */
function inLetterWindow(lastWorkingDayBefore: (date: string) => string, dueAt: Date, today: string): boolean {
  const dueDate = vietnamDateOf(dueAt);
  return today >= lastWorkingDayBefore(dueDate) && today < dueDate;
}

/** Who issues the letter: the officer the dossier is assigned to, else the ward's one-stop officers. */
async function officersOf(db: Db, tenantId: string, row: DossierRow): Promise<string[]> {
  if (row.assignee_id) return [row.assignee_id];
  return (await usersWithRoles(db, tenantId, ['one_stop_officer'])).map((u) => u.id);
}

/**
 * Tells the officers a letter is proposed. Only a run that proposed it tells: a dossier has one letter at most,
 * so this is the one moment to tell, and the notification's key keeps a retried call to one per user.
 */
async function tellOfficers(db: Db, tenantId: string, row: DossierRow, run: ApologyRun): Promise<void> {
  const userIds = await officersOf(db, tenantId, row);
  const day = vietnamDateOf(run.now);
  const data = { dossierId: row.id, code: row.code, dueDate: vietnamDateOf(row.current_due_at ?? run.now) };
  const item = { tenantId, userIds, kind: 'apology_needed' as const, subject: `dossier:${row.id}`, day, data };
  await notifyUsers(db, { ...item, now: run.now }, run.delivery);
}

interface ApologyRun {
  now: Date;
  delivery: Delivery | undefined;
}

async function proposeForTenant(db: Db, tenantId: string, rows: DossierRow[], run: ApologyRun): Promise<number> {
  const { now } = run;
  const calendar = await loadWorkingCalendar(db, tenantId);
  const today = vietnamDateOf(now);
  const side = dossierSideRepository(db);
  let proposed = 0;
  for (const row of rows) {
    if (!RUNNING.includes(row.status) || row.current_due_at === null) continue;
    if (!inLetterWindow((d) => calendar.lastWorkingDayBefore(d), row.current_due_at, today)) continue;
    const added = await side.proposeApology({
      tenant_id: tenantId,
      dossier_id: row.id,
      proposed_at: now,
      due_at: row.current_due_at,
      // The agency holding the dossier is the one that will be late, so it owes the letter.
      agency: row.holder ?? COUNTER_NAME,
    });
    if (!added) continue;
    proposed++;
    await tellOfficers(db, tenantId, row, run);
  }
  return proposed;
}

/**
 * Proposes the apology letter (form 04) for every open dossier whose due date is next: the officer then sets the
 * reason and the new date. A dossier has one letter at most, so a second run (or a second server) adds nothing.
 * The officers who issue it are told in the bell (and by e-mail, with a delivery). Returns how many letters were
 * proposed.
 */
export async function proposeApologies(
  db: Db,
  now: Date,
  log: Pick<Logger, 'info'>,
  delivery?: Delivery,
): Promise<number> {
  const repo = dossiersRepository(db);
  let proposed = 0;
  for (const tenantId of await repo.tenantsWithOpenDossiers()) {
    proposed += await proposeForTenant(db, tenantId, await repo.listOpen(tenantId), { now, delivery });
  }
  if (proposed > 0)
    log.info({ job: 'dossiers.apologies', proposed }, 'đề xuất phiếu xin lỗi (apology letters proposed)');
  return proposed;
}

/** Every morning at 06:00, before the counters open. */
export const dossierApologiesJob = defineJob({
  name: 'dossiers.apologies',
  payload: z.object({}).passthrough(),
  schedule: '0 6 * * *',
  handler: async (_payload, deps) => {
    await proposeApologies(deps.db, deps.clock.now(), deps.log, deliveryOf(deps));
  },
});
