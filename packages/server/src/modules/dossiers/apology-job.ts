import { vietnamDateOf } from '@cchc/domain';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { defineJob } from '../../jobs/job.js';
import type { Logger } from '../../logger.js';
import { loadWorkingCalendar } from '../calendar/service.js';
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

async function proposeForTenant(db: Db, tenantId: string, rows: DossierRow[], now: Date): Promise<number> {
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
    if (added) proposed++;
  }
  return proposed;
}

/**
 * Proposes the apology letter (form 04) for every open dossier whose due date is next: the officer then sets the
 * reason and the new date. A dossier has one letter at most, so a second run (or a second server) adds nothing.
 * Returns how many letters were proposed.
 */
export async function proposeApologies(db: Db, now: Date, log: Pick<Logger, 'info'>): Promise<number> {
  const repo = dossiersRepository(db);
  let proposed = 0;
  for (const tenantId of await repo.tenantsWithOpenDossiers()) {
    proposed += await proposeForTenant(db, tenantId, await repo.listOpen(tenantId), now);
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
    await proposeApologies(deps.db, deps.clock.now(), deps.log);
  },
});
