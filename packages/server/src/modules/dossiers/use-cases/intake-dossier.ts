import { randomUUID } from 'node:crypto';
import { DOSSIER_STATUS, type DossierStatus, formatDossierCode, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { loadWorkingCalendar } from '../../calendar/index.js';
import { orgRepository } from '../../org/index.js';
import { limitOf, proceduresRepository } from '../../procedures/index.js';
import { dossierMessage } from '../messages.js';
import { derivedColumns } from '../records.js';
import { type DossiersRepository, dossiersRepository } from '../repository.js';
import type { IntakeIn } from '../schemas.js';
import { acceptanceColumns } from './moves.js';

async function checkInput(db: Db, { auth: { tenantId }, lang }: RequestContext, input: IntakeIn) {
  const procedure = await proceduresRepository(db).find(tenantId, input.procedureId);
  if (!procedure?.active) {
    throw dossierMessage.error('validation_failed', 'no_such_procedure', lang, {}, 'procedureId');
  }
  if (input.unitId && !(await orgRepository(db).findUnit(tenantId, input.unitId))) {
    throw dossierMessage.error('validation_failed', 'no_such_unit', lang, {}, 'unitId');
  }
  if (input.stage === 'registered' && input.channel !== 2) {
    throw dossierMessage.error('validation_failed', 'registered_online_only', lang, {}, 'stage');
  }
  return procedure;
}

// Numbers skipped in a row before intake gives up: only a flood of planted codes gets that far.
const MAX_SKIPPED_CODES = 1_000;

/**
 * The next free code of the ward's agency for the day: a number already held city-wide (say, planted by another
 * ward's import before prefixes were checked) is skipped, never a 500 at the counter.
 */
async function claimNextCode(tx: DossiersRepository, tenantId: string, agency: string, day: string, id: string) {
  for (let tries = 0; tries < MAX_SKIPPED_CODES; tries++) {
    const code = formatDossierCode(agency, day, await tx.nextSequence(tenantId, agency, day));
    if (await tx.claimCode(code, tenantId, id)) return code;
  }
  throw new AppError('conflict');
}

/**
 * Takes a dossier in. A counter (or post) dossier is accepted now and gets its code; an online submission is
 * registered (status 1) and gets its code at submission (docs/DOMAIN.md §3). The code's sequence is taken in the same
 * transaction as the insert, so concurrent intakes get unique, increasing codes. Returns the new id.
 */
export async function intakeDossier(db: Db, request: RequestContext, input: IntakeIn): Promise<string> {
  const tenantId = request.auth.tenantId;
  const procedure = await checkInput(db, request, input);
  const repo = dossiersRepository(db);
  const agency = await repo.agencyCode(tenantId);
  if (!agency) throw dossierMessage.error('conflict', 'no_agency_code', request.lang);
  const calendar = await loadWorkingCalendar(db, tenantId);
  const limit = limitOf(procedure);
  const { now } = request;
  const status: DossierStatus = input.stage === 'accepted' ? DOSSIER_STATUS.accepted : DOSSIER_STATUS.registered;
  const history = [{ status, at: now.toISOString() } as const];
  const acceptance = status === DOSSIER_STATUS.accepted ? acceptanceColumns({ calendar, limit }, now) : null;
  const times = {
    status,
    received_at: acceptance?.received_at ?? null,
    due_at: acceptance?.due_at ?? null,
    finished_at: null,
    returned_at: null,
    supplements: [],
    history: [...history],
  };
  const id = randomUUID();
  return db.transaction().execute(async (trx) => {
    const tx = dossiersRepository(trx);
    const code = await claimNextCode(tx, tenantId, agency, vietnamDateOf(now), id);
    await tx.insert({
      tenant_id: tenantId,
      id,
      code,
      procedure_id: procedure.id,
      unit_id: input.unitId ?? procedure.unit_id,
      status,
      channel: input.channel,
      applicant_name: input.applicant.name,
      applicant_phone: input.applicant.phone,
      applicant_email: input.applicant.email ?? null,
      applicant_address: input.applicant.address,
      applicant_id_number: input.applicant.idNumber ?? null,
      components: JSON.stringify(input.components),
      history: JSON.stringify(history),
      submitted_at: now,
      received_at: times.received_at,
      due_at: times.due_at,
      ...derivedColumns(calendar, times, limit),
      source: 'counter',
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, {
      tenantId,
      actorUserId: request.auth.userId,
      action: 'dossier.intake',
      entity: 'dossier',
      entityId: id,
      after: { code, status, procedure: procedure.code, channel: input.channel },
      at: now,
    });
    return id;
  });
}
