import { randomUUID } from 'node:crypto';
import { parseDossierCode, UNKNOWN_FIELD, type WorkingCalendar } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { loadWorkingCalendar } from '../../calendar/index.js';
import { type UnitFinder, unitFinder } from '../../org/index.js';
import { limitOf, type ProcedureRow, proceduresRepository } from '../../procedures/index.js';
import { dossiersRepository } from '../repository.js';
import { type NationalDossier, nationalColumns, type RowRejection, readNationalRow } from './national-row.js';
import { importRepository } from './repository.js';
import { storedRowOf } from './stored-row.js';

const BATCH = 500;
/** A file full of bad rows keeps its first rejections; the count says how many there were. */
const MAX_LISTED_REJECTIONS = 10_000;

/** What an import did so far. */
export interface ImportProgress {
  total: number;
  processed: number;
  created: number;
  updated: number;
  rejected: RowRejection[];
  newProcedures: string[];
}

/** What a run needs: whose dossiers, which import row, when, and who hears about progress. */
export interface ImportRun {
  db: Db;
  tenantId: string;
  importId: string;
  now: Date;
  onProgress?: (progress: ImportProgress) => Promise<void> | void;
}

/** Reads every data row; a code met twice keeps its last row, the earlier ones are rejected. */
function readRows(rows: readonly string[][], columns: ReturnType<typeof nationalColumns>['columns']) {
  const rejected: RowRejection[] = [];
  const byCode = new Map<string, NationalDossier>();
  rows.forEach((cells, index) => {
    const read = readNationalRow(cells, columns, index + 2);
    if ('reason' in read) {
      rejected.push(read);
      return;
    }
    const earlier = byCode.get(read.code);
    if (earlier)
      rejected.push({
        row: earlier.row,
        code: earlier.code,
        reason: `MaHoSo lặp lại ở dòng ${read.row}: dùng dòng sau`,
      });
    byCode.set(read.code, read);
  });
  return { dossiers: [...byCode.values()].sort((a, b) => a.row - b.row), rejected };
}

/** Procedures the file names that the catalogue lacks are created incomplete, for the user to complete. */
async function ensureProcedures(db: Db, tenantId: string, dossiers: readonly NationalDossier[], now: Date) {
  const repo = proceduresRepository(db);
  const first = new Map<string, NationalDossier>();
  for (const d of dossiers) if (!first.has(d.procedureCode)) first.set(d.procedureCode, d);
  const known = new Set((await repo.findByCodes(tenantId, [...first.keys()])).map((p) => p.code));
  const missing = [...first.values()].filter((d) => !known.has(d.procedureCode));
  const added = await repo.insertMissing(
    missing.map((d) => ({
      tenant_id: tenantId,
      id: randomUUID(),
      code: d.procedureCode,
      name: d.procedureName ?? d.procedureCode,
      field: d.field ?? UNKNOWN_FIELD,
      incomplete: true,
      created_at: now,
      updated_at: now,
    })),
  );
  const procedures = await repo.findByCodes(tenantId, [...first.keys()]);
  return { byCode: new Map(procedures.map((p) => [p.code, p])), added };
}

interface BatchContext {
  run: ImportRun;
  procedures: Map<string, ProcedureRow>;
  findUnit: UnitFinder;
  calendar: WorkingCalendar;
  agency: string | null;
  /** Agency code → the ward it belongs to: a code under another ward's prefix is refused. */
  agencyOwners: Map<string, string>;
}

/** Why a row may not be stored in this ward, or null. */
function foreignCodeReason(context: BatchContext, code: string, holder: string | undefined): string | null {
  const prefix = parseDossierCode(code)?.agencyId;
  const prefixOwner = prefix ? context.agencyOwners.get(prefix) : undefined;
  if (prefixOwner && prefixOwner !== context.run.tenantId) {
    return `Mã hồ sơ mang mã đơn vị ${prefix} của phường/xã khác`;
  }
  if (holder && holder !== context.run.tenantId) return 'Mã hồ sơ thuộc phường/xã khác';
  return null;
}

async function raiseSequences(db: Db, context: BatchContext, codes: readonly string[]) {
  const highest = new Map<string, number>();
  for (const code of codes) {
    const parts = parseDossierCode(code);
    if (!parts || parts.agencyId !== context.agency) continue;
    highest.set(parts.date, Math.max(highest.get(parts.date) ?? 0, parts.sequence));
  }
  const repo = dossiersRepository(db);
  for (const [day, value] of highest) await repo.raiseSequence(context.run.tenantId, context.agency ?? '', day, value);
}

async function storeBatch(context: BatchContext, batch: readonly NationalDossier[], progress: ImportProgress) {
  const { run } = context;
  await run.db.transaction().execute(async (trx) => {
    const repo = importRepository(trx);
    const codes = batch.map((d) => d.code);
    const [owners, existing] = await Promise.all([repo.codeOwners(codes), repo.existing(run.tenantId, codes)]);
    const rows = [];
    for (const d of batch) {
      const foreign = foreignCodeReason(context, d.code, owners.get(d.code));
      if (foreign) progress.rejected.push({ row: d.row, code: d.code, reason: foreign });
      else if (existing.get(d.code)?.source === 'counter') {
        progress.rejected.push({ row: d.row, code: d.code, reason: 'Hồ sơ được tiếp nhận trên cchc: không ghi đè' });
      } else {
        const procedure = context.procedures.get(d.procedureCode) as ProcedureRow;
        const ids = {
          tenantId: run.tenantId,
          id: existing.get(d.code)?.id ?? randomUUID(),
          procedureId: procedure.id,
          unitId: context.findUnit(d.unit) ?? procedure.unit_id,
          importId: run.importId,
        };
        rows.push(storedRowOf(d, ids, { limit: limitOf(procedure), fee: procedure.fee }, context.calendar, run.now));
      }
    }
    const created = await repo.upsert(rows);
    progress.created += created;
    progress.updated += rows.length - created;
    await raiseSequences(
      trx,
      context,
      rows.map((r) => r.code),
    );
  });
}

/**
 * Imports the rows of a national export (the header row first) into a tenant's dossiers, idempotent on MaHoSo:
 * batches of 500 rows, each in its own transaction, progress reported after each. Returns the final progress.
 */
export async function runDossierImport(run: ImportRun, table: readonly string[][]): Promise<ImportProgress> {
  const [header = [], ...rows] = table;
  const { columns, missing } = nationalColumns(header);
  if (missing.length > 0) throw new Error(`Tệp thiếu cột ${missing.join(', ')}`);
  const { dossiers, rejected } = readRows(rows, columns);
  const progress: ImportProgress = {
    total: rows.length,
    processed: rejected.length,
    created: 0,
    updated: 0,
    rejected,
    newProcedures: [],
  };
  const { byCode, added } = await ensureProcedures(run.db, run.tenantId, dossiers, run.now);
  progress.newProcedures = added;
  const context: BatchContext = {
    run,
    procedures: byCode,
    findUnit: await unitFinder(run.db, run.tenantId),
    calendar: await loadWorkingCalendar(run.db, run.tenantId),
    agency: await dossiersRepository(run.db).agencyCode(run.tenantId),
    agencyOwners: await dossiersRepository(run.db).agencyOwners(),
  };
  await run.onProgress?.(progress);
  for (let start = 0; start < dossiers.length; start += BATCH) {
    const batch = dossiers.slice(start, start + BATCH);
    await storeBatch(context, batch, progress);
    progress.processed += batch.length;
    await run.onProgress?.(progress);
  }
  progress.rejected.sort((a, b) => a.row - b.row);
  progress.rejected.splice(MAX_LISTED_REJECTIONS);
  return progress;
}
