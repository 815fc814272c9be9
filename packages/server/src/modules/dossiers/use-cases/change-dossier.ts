import type { WorkingCalendar, WorkingTimeLimit } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError, type ReasonedMessage } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { loadWorkingCalendar } from '../../calendar/index.js';
import { limitOf, type ProcedureRow, proceduresRepository } from '../../procedures/index.js';
import { apologyOf, type DossierRow, derivedColumns } from '../records.js';
import { type DossiersRepository, dossiersRepository } from '../repository.js';
import { serialisePatch } from '../serialise.js';
import { type DossierSideRepository, dossierSideRepository } from '../side-repository.js';

/** What a change works with, inside its transaction, the dossier row locked. */
export interface DossierChange extends RequestContext {
  trx: Db;
  repo: DossiersRepository;
  side: DossierSideRepository;
  row: DossierRow;
  procedure: ProcedureRow;
  limit: WorkingTimeLimit | null;
  calendar: WorkingCalendar;
}

/** What a change hands back: the columns to set, the audit entry's name and data, and warnings for the officer. */
export interface ChangeOutcome {
  patch: Partial<DossierRow>;
  action: string;
  data?: unknown;
  warnings?: ReasonedMessage[];
}

/**
 * Runs a change of one dossier in a transaction with its row locked, so two officers acting at once cannot both
 * pass a status check. Recomputes the working due and the end of processing from the new state, writes the row and
 * the audit entry. Another tenant's dossier answers 404.
 */
export async function changeDossier(
  db: Db,
  request: RequestContext,
  dossierId: string,
  work: (change: DossierChange) => Promise<ChangeOutcome>,
): Promise<ReasonedMessage[]> {
  const tenantId = request.auth.tenantId;
  return db.transaction().execute(async (trx) => {
    const repo = dossiersRepository(trx);
    const side = dossierSideRepository(trx);
    const row = await repo.find(tenantId, dossierId, true);
    if (!row) throw new AppError('not_found');
    const procedure = await proceduresRepository(trx).find(tenantId, row.procedure_id);
    if (!procedure) throw new AppError('not_found');
    const calendar = await loadWorkingCalendar(trx, tenantId);
    const limit = limitOf(procedure);
    const outcome = await work({ ...request, trx, repo, side, row, procedure, limit, calendar });
    const next: DossierRow = { ...row, ...outcome.patch };
    const apology = apologyOf(await side.apology(tenantId, dossierId));
    const derived = derivedColumns(calendar, next, limit, apology);
    await repo.update(tenantId, dossierId, { ...serialisePatch(outcome.patch), ...derived, updated_at: request.now });
    await recordAudit(trx, {
      tenantId,
      actorUserId: request.auth.userId,
      action: `dossier.${outcome.action}`,
      entity: 'dossier',
      entityId: dossierId,
      before: { status: row.status },
      after: { status: next.status, ...((outcome.data as object | undefined) ?? {}) },
      at: request.now,
    });
    return outcome.warnings ?? [];
  });
}
