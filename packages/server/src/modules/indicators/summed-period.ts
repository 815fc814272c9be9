// The fast path of Decision 766 and form II.06a: the dossiers whose stored facts hold for the judging day are summed
// in SQL (facts-repository.ts); the few others (no facts yet, or a later event than that day) go through the
// domain, and their facts are stored for next time. Both reads share one snapshot, so no dossier is counted twice
// or missed while others write.
import {
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
import { type FactsScope, type FactsToSave, saveFacts, type TallyRow, uncoveredDossiers } from './facts-repository.js';
import { periodBounds, periodRecordOf } from './load-input.js';

/** The scope of a period's figures judged at the end of `asOf`. */
export function factsScope(
  tenantId: string,
  period: Period,
  asOf: IsoDate,
  calendar: WorkingCalendar,
  unitId?: string,
): FactsScope {
  const { from, toExclusive } = periodBounds(period);
  return {
    tenantId,
    unitId,
    from: period.from,
    to: period.to,
    fromAt: from,
    toExclusive,
    asOf,
    asOfEnd: vietnamDayEnd(asOf),
    calendarVersion: calendar.version,
  };
}

/** Runs the reads in one repeatable-read snapshot (or in the caller's transaction). */
export function inOneSnapshot<T>(db: Db, read: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return read(db);
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read);
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

// A replica (or a read-only session) cannot store facts: the figures are right anyway, only the next read is slower.
const READ_ONLY_TRANSACTION = '25006';

/** Stores the facts of the dossiers that had none valid, so the next read sums them in SQL. */
export async function storeFacts(
  db: Db,
  scope: FactsScope,
  calendar: WorkingCalendar,
  procedures: readonly ProcedureRecord[],
  uncovered: Awaited<ReturnType<typeof uncoveredRecords>>,
): Promise<void> {
  const byCode = new Map(procedures.map((procedure) => [procedure.code, procedure]));
  const toSave: FactsToSave[] = [];
  uncovered.rows.forEach((row, index) => {
    const record = uncovered.records[index];
    if (row.has_facts || record === undefined) return;
    const facts = settledFactsOf(calendar, record, byCode.get(row.procedure_code));
    toSave.push({ dossierId: row.id, dossierXmin: row.dossier_xmin, procedureXmin: row.procedure_xmin, facts });
  });
  try {
    for (let at = 0; at < toSave.length; at += 5000)
      await saveFacts(db, scope.tenantId, scope.calendarVersion, toSave.slice(at, at + 5000));
  } catch (error) {
    if ((error as { code?: string }).code !== READ_ONLY_TRANSACTION) throw error;
  }
}
