import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { dossierMessage } from '../../dossiers/index.js';
import { orgRepository } from '../../org/index.js';
import { presentProcedure } from '../presenter.js';
import { limitColumns } from '../records.js';
import { proceduresRepository } from '../repository.js';
import type { ProcedureIn, ProcedureOut } from '../schemas.js';

async function checkUnits(db: Db, { auth: { tenantId }, lang }: RequestContext, input: ProcedureIn): Promise<void> {
  const units = new Set((await orgRepository(db).listUnits(tenantId)).map((u) => u.id));
  const named = [input.unitId, ...input.steps.map((s) => s.unitId)].filter((id): id is string => Boolean(id));
  const unknown = named.find((id) => !units.has(id));
  if (unknown) {
    throw dossierMessage.error('validation_failed', 'no_unit_named', lang, { unit: unknown }, 'unitId');
  }
}

function columnsOf(input: ProcedureIn, now: Date) {
  return {
    code: input.code,
    name: input.name,
    field: input.field,
    ...limitColumns(input.limit),
    fee: input.fee,
    online_level: input.onlineLevel,
    returns_paper_result: input.returnsPaperResult,
    unit_id: input.unitId ?? null,
    components: input.components,
    active: input.active,
    // Saving the whole form completes a procedure an import created from its code alone.
    incomplete: false,
    updated_at: now,
  };
}

const stepRows = (tenantId: string, procedureId: string, input: ProcedureIn) =>
  input.steps.map((s, index) => ({
    tenant_id: tenantId,
    procedure_id: procedureId,
    no: index + 1,
    name: s.name,
    unit_id: s.unitId ?? null,
    agency: s.agency ?? null,
    budget_hours: s.budgetHours,
  }));

async function readBack(db: Db, tenantId: string, id: string): Promise<ProcedureOut> {
  const repo = proceduresRepository(db);
  const row = await repo.find(tenantId, id);
  if (!row) throw new AppError('not_found');
  return presentProcedure(row, await repo.steps(tenantId, [id]));
}

/** Adds a procedure to the ward's catalogue; a code already there answers 409. */
export async function createProcedure(db: Db, context: RequestContext, input: ProcedureIn): Promise<ProcedureOut> {
  const tenantId = context.auth.tenantId;
  await checkUnits(db, context, input);
  return db.transaction().execute(async (trx) => {
    const repo = proceduresRepository(trx);
    if ((await repo.findByCodes(tenantId, [input.code])).length > 0) {
      throw dossierMessage.error('conflict', 'procedure_code_taken', context.lang, { code: input.code });
    }
    const id = randomUUID();
    await repo.insert({ tenant_id: tenantId, id, created_at: context.now, ...columnsOf(input, context.now) });
    await repo.replaceSteps(tenantId, id, stepRows(tenantId, id, input));
    await recordAudit(trx, {
      tenantId,
      actorUserId: context.auth.userId,
      action: 'procedure.create',
      entity: 'procedure',
      entityId: id,
      after: input,
      at: context.now,
    });
    return readBack(trx, tenantId, id);
  });
}

/** Replaces a procedure's details and steps. Dossiers keep their due dates: a limit applies from the next intake. */
export async function updateProcedure(
  db: Db,
  context: RequestContext,
  id: string,
  input: ProcedureIn,
): Promise<ProcedureOut> {
  const tenantId = context.auth.tenantId;
  await checkUnits(db, context, input);
  return db.transaction().execute(async (trx) => {
    const repo = proceduresRepository(trx);
    const before = await repo.find(tenantId, id);
    if (!before) throw new AppError('not_found');
    const clash = (await repo.findByCodes(tenantId, [input.code])).find((row) => row.id !== id);
    if (clash) throw dossierMessage.error('conflict', 'procedure_code_taken', context.lang, { code: input.code });
    await repo.update(tenantId, id, columnsOf(input, context.now));
    await repo.replaceSteps(tenantId, id, stepRows(tenantId, id, input));
    await recordAudit(trx, {
      tenantId,
      actorUserId: context.auth.userId,
      action: 'procedure.update',
      entity: 'procedure',
      entityId: id,
      before: presentProcedure(before, []),
      after: input,
      at: context.now,
    });
    return readBack(trx, tenantId, id);
  });
}

/** The catalogue, with each procedure's steps. */
export async function listProcedures(
  db: Db,
  tenantId: string,
  filter: { incomplete?: boolean; q?: string },
): Promise<ProcedureOut[]> {
  const repo = proceduresRepository(db);
  const rows = await repo.list(tenantId, filter);
  const steps = await repo.steps(
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentProcedure(row, steps));
}

/** One procedure of the caller's tenant, or 404. */
export const readProcedure = (db: Db, tenantId: string, id: string) => readBack(db, tenantId, id);
