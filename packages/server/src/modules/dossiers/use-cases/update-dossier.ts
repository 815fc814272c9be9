import { computeDossierDue, DOSSIER_STATUS, isClockRunning, parseDocumentNumber, validateApology } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { orgRepository } from '../../org/index.js';
import { apologyProblemMessage, dossierMessage } from '../messages.js';
import { type DossierRow, timesOf } from '../records.js';
import type { DossierPatch } from '../schemas.js';
import { changeDossier } from './change-dossier.js';
import { COUNTER_NAME } from './moves.js';

function patchColumns(input: DossierPatch): Partial<DossierRow> {
  const patch: Partial<DossierRow> = {};
  if (input.components !== undefined) patch.components = input.components;
  if (input.unitId !== undefined) patch.unit_id = input.unitId;
  if (input.resultCode !== undefined) patch.result_code = input.resultCode;
  if (input.resultFileUrl !== undefined) patch.result_file_url = input.resultFileUrl;
  if (input.feeLines !== undefined) patch.fee_lines = input.feeLines;
  for (const flag of ['digitised', 'reused', 'vneid', 'synced'] as const) {
    if (input[flag] !== undefined) patch[flag] = input[flag];
  }
  return patch;
}

/**
 * Corrects or completes a dossier: its components and their files (digitisation), the handling unit, the
 * electronic result, and the flags the Decision 766 indicators read. Statuses move only through actions.
 */
export async function updateDossier(db: Db, request: RequestContext, id: string, input: DossierPatch): Promise<void> {
  await changeDossier(db, request, id, async (change) => {
    if (change.row.status === DOSSIER_STATUS.registered)
      throw dossierMessage.error('conflict', 'not_accepted_yet', request.lang);
    if (input.unitId && !(await orgRepository(change.trx).findUnit(request.auth.tenantId, input.unitId))) {
      throw dossierMessage.error('validation_failed', 'no_such_unit', request.lang, {}, 'unitId');
    }
    return { patch: patchColumns(input), action: 'update', data: input };
  });
}

/**
 * Issues the apology letter (form 04) with its reason and new date. Decree 61: at least one working day before the
 * due date, a later working day as the new date, and only once; the domain's sentences explain a refusal. The
 * agency holding the dossier owes the letter.
 */
export async function issueApology(
  db: Db,
  request: RequestContext,
  id: string,
  input: { reason: string; newDueAt: string; letterNumber?: string | undefined },
): Promise<void> {
  const letterNumber = parseDocumentNumber(input.letterNumber);
  if (letterNumber === undefined) {
    throw dossierMessage.error('validation_failed', 'letter_number', request.lang, {}, 'letterNumber');
  }
  await changeDossier(db, request, id, async (change) => {
    // An apology letter moves a due date that is running, so not while the clock is paused for a supplement.
    if (!isClockRunning(change.row.status)) {
      throw dossierMessage.error('conflict', 'not_in_progress', request.lang);
    }
    const existing = await change.side.apology(request.auth.tenantId, id);
    const due = computeDossierDue(change.calendar, timesOf(change.row), { limit: change.limit, useApology: false });
    if (!due?.due) throw dossierMessage.error('conflict', 'no_running_due', request.lang);
    const newDue = new Date(input.newDueAt);
    const check = validateApology(change.calendar, {
      dueAt: due.due,
      now: request.now,
      newDue,
      previousApologies: existing?.issued_at ? 1 : 0,
    });
    if (!check.ok) {
      const message = check.problems.map((p) => apologyProblemMessage(p, request.lang)).join('. ');
      throw new AppError('conflict', message, undefined, check.problems[0] ?? { code: 'conflict', values: {} });
    }
    await change.side.saveApology({
      tenant_id: request.auth.tenantId,
      dossier_id: id,
      proposed_at: existing?.proposed_at ?? null,
      due_at: due.due,
      agency: change.row.holder ?? COUNTER_NAME,
      issued_at: request.now,
      issued_by: request.auth.userId,
      reason: input.reason,
      new_due_at: newDue,
      letter_number: letterNumber,
    });
    return { patch: {}, action: 'apology', data: { reason: input.reason, newDueAt: input.newDueAt, letterNumber } };
  });
}
