// Rows of the dossier tables as the domain reads them, and the columns derived from the domain's rules.
import {
  computeDossierDue,
  type DossierRecord,
  type DossierTimes,
  endOfProcessing,
  type WorkingCalendar,
  type WorkingTimeLimit,
} from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { DB } from '../../db/generated.js';

/** A dossier row as read. */
export type DossierRow = Selectable<DB['dossiers']>;
/** An apology row as read. */
export type ApologyRow = Selectable<DB['dossier_apologies']>;

/** The columns the domain's timing rules read. */
export type TimeColumns = Pick<
  DossierRow,
  'status' | 'received_at' | 'due_at' | 'history' | 'finished_at' | 'returned_at' | 'supplements'
>;

/** An issued apology letter as the domain reads it; a proposed one has no new date yet. */
export function apologyOf(
  row: Pick<ApologyRow, 'issued_at' | 'new_due_at' | 'reason'> | null | undefined,
): DossierTimes['apology'] {
  if (!row?.issued_at || !row.new_due_at) return null;
  return { issuedAt: row.issued_at, newDueAt: row.new_due_at, reason: row.reason ?? '' };
}

/** The time facts of a dossier. */
export function timesOf(row: TimeColumns, apology: DossierTimes['apology'] = null): DossierTimes {
  return {
    status: row.status,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    history: row.history.map((change) => ({ status: change.status, at: new Date(change.at) })),
    finishedAt: row.finished_at,
    returnedAt: row.returned_at,
    supplements: row.supplements.map((s) => ({
      requestedAt: new Date(s.requestedAt),
      suppliedAt: s.suppliedAt === null ? null : new Date(s.suppliedAt),
    })),
    apology,
  };
}

/** The columns the indicators read besides the times. */
export type RecordColumns = TimeColumns &
  Pick<
    DossierRow,
    | 'code'
    | 'unit_id'
    | 'channel'
    | 'payments'
    | 'fee_lines'
    | 'components'
    | 'result_code'
    | 'result_file_url'
    | 'digitised'
    | 'reused'
    | 'vneid'
    | 'synced'
  >;

/** What the Decision 766 indicators and form II.06a read of a dossier. */
export function dossierRecordOf(
  row: RecordColumns,
  procedureCode: string,
  extras: { apology?: DossierTimes['apology']; disliked?: boolean } = {},
): DossierRecord {
  const hasResult = row.result_code !== null || row.result_file_url !== null;
  return {
    ...timesOf(row, extras.apology ?? null),
    code: row.code,
    procedureCode,
    // Dossiers the ward handles as a whole share one row of the unit tables.
    unitId: row.unit_id ?? '',
    channel: row.channel,
    payments: row.payments.map((p) => ({ place: p.place, paidAt: new Date(p.paidAt), amount: p.amount })),
    feeLines: row.fee_lines,
    components: row.components.map((c) => ({ name: c.name, hasFile: c.hasFile })),
    result: hasResult ? { code: row.result_code, fileUrl: row.result_file_url } : null,
    digitised: row.digitised,
    reused: row.reused,
    vneid: row.vneid,
    synced: row.synced ?? undefined,
    disliked: extras.disliked ?? false,
  };
}

/**
 * The columns kept from the domain's rules: the working due (appointment or limit, pushed by supplement time, or
 * the apology letter's date; null while the clock is stopped) and the end of processing.
 */
export function derivedColumns(
  calendar: WorkingCalendar,
  row: TimeColumns,
  limit: WorkingTimeLimit | null,
  apology: DossierTimes['apology'] = null,
): { current_due_at: Date | null; ended_at: Date | null } {
  const times = timesOf(row, apology);
  const due = computeDossierDue(calendar, times, { limit });
  return { current_due_at: due?.due ?? null, ended_at: endOfProcessing(times)?.at ?? null };
}
