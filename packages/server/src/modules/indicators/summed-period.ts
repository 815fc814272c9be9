// The fast path of Decision 766 and form II.06a: the dossiers whose stored facts hold for the judging day are summed
// in SQL (facts-repository.ts); the few others (no facts yet, or a later event than that day) go through the
// domain, and their facts are stored for next time. Both reads share one snapshot, so no dossier is counted twice
// or missed while others write.
import {
  type DossierRecord,
  emptyTally,
  type IsoDate,
  type Period,
  type ProcedureRecord,
  type ProcedureTally,
  settledFactsOf,
  TALLY_COUNTS,
  vietnamDayEnd,
  type WorkingCalendar,
} from '@cchc/domain';
import type { Db } from '../../db/database.js';
import {
  type FactsScope,
  type FactsToSave,
  factlessKeys,
  giveSumsMemory,
  saveFacts,
  type TallyRow,
  uncoveredDossiers,
  uncoveredRows,
} from './facts-repository.js';
import { periodBounds, periodRecordOf } from './load-input.js';

/** The scope of a period's figures of some wards (each with its calendar) judged at the end of `asOf`. */
export function factsScope(
  wards: readonly { tenantId: string; calendar: WorkingCalendar }[],
  period: Period,
  asOf: IsoDate,
  unitId?: string,
): FactsScope {
  const { from, toExclusive } = periodBounds(period);
  return {
    wards: wards.map((w) => ({ tenantId: w.tenantId, calendarVersion: w.calendar.version })),
    unitId,
    from: period.from,
    to: period.to,
    fromAt: from,
    toExclusive,
    asOf,
    asOfEnd: vietnamDayEnd(asOf),
  };
}

/** Runs the reads in one repeatable-read snapshot (or in the caller's transaction), with memory for the sums. */
export function inOneSnapshot<T>(db: Db, read: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return read(db);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (snapshot) => {
      await giveSumsMemory(snapshot);
      return read(snapshot);
    });
}

/** SQL's sums of a procedure as the domain's tally. */
export function tallyOfRow(row: TallyRow): ProcedureTally {
  const tally = emptyTally(row.procedure_code);
  for (const key of TALLY_COUNTS) tally[key] = Number(row[key]);
  return tally;
}

/** The period's dossiers the stored facts do not answer, read for the domain. */
export async function uncoveredRecords(db: Db, scope: FactsScope) {
  const rows = await uncoveredDossiers(db, scope);
  return { rows, records: rows.map(periodRecordOf) };
}

/** The uncovered dossiers of each ward, as the domain reads them. */
export function uncoveredByWard(uncovered: Awaited<ReturnType<typeof uncoveredRecords>>): Map<string, DossierRecord[]> {
  const byWard = new Map<string, DossierRecord[]>();
  uncovered.rows.forEach((row, i) => {
    const record = uncovered.records[i];
    if (record === undefined) return;
    const list = byWard.get(row.tenant_id);
    if (list) list.push(record);
    else byWard.set(row.tenant_id, [record]);
  });
  return byWard;
}

// A replica (or a read-only session) cannot store facts: the figures are right anyway, only the next read is slower.
const READ_ONLY_TRANSACTION = '25006';

/** A ward's calendar and procedures, which its dossiers' facts are computed with. */
export interface WardBasis {
  calendar: WorkingCalendar;
  procedures: readonly ProcedureRecord[];
}

/** Stores the facts of the dossiers that had none valid, so the next read sums them in SQL. */
export async function storeFacts(
  db: Db,
  wards: ReadonlyMap<string, WardBasis>,
  uncovered: Awaited<ReturnType<typeof uncoveredRecords>>,
): Promise<void> {
  const byCode = new Map<string, Map<string, ProcedureRecord>>();
  for (const [tenantId, ward] of wards) byCode.set(tenantId, new Map(ward.procedures.map((p) => [p.code, p])));
  const toSave: FactsToSave[] = [];
  uncovered.rows.forEach((row, index) => {
    const record = uncovered.records[index];
    const ward = wards.get(row.tenant_id);
    if (row.has_facts || record === undefined || ward === undefined) return;
    const facts = settledFactsOf(ward.calendar, record, byCode.get(row.tenant_id)?.get(row.procedure_code));
    toSave.push({
      tenantId: row.tenant_id,
      calendarVersion: ward.calendar.version,
      dossierId: row.id,
      dossierXmin: row.dossier_xmin,
      procedureXmin: row.procedure_xmin,
      facts,
    });
  });
  try {
    for (let at = 0; at < toSave.length; at += 5000) await saveFacts(db, toSave.slice(at, at + 5000));
  } catch (error) {
    if ((error as { code?: string }).code !== READ_ONLY_TRANSACTION) throw error;
  }
}

/**
 * How many dossiers without facts a read takes through the domain at once. Past it (a first read after migration
 * 0024, a generated or restored city, a calendar change), their facts are computed and stored this many at a time
 * before the read: a city's 1 M dossiers at once held ~4 GB in the process, which then spent the read collecting
 * garbage.
 */
export const FACTS_CHUNK = 20_000;

/**
 * Stores, `chunk` at a time, the facts of the period's dossiers that have none valid, when there are more than
 * `chunk`; then the read sums them in SQL like the others.
 */
export async function storeBacklog(
  db: Db,
  wards: ReadonlyMap<string, WardBasis>,
  scope: FactsScope,
  chunk = FACTS_CHUNK,
): Promise<void> {
  const keys = await factlessKeys(db, scope);
  if (keys.length <= chunk) return;
  for (let at = 0; at < keys.length; at += chunk) {
    const rows = await uncoveredRows(db, scope, keys.slice(at, at + chunk));
    await storeFacts(db, wards, { rows, records: rows.map(periodRecordOf) });
  }
}
