import {
  computeDueMoment,
  hasResult,
  DOSSIER_STATUS as S,
  type WorkingCalendar,
  type WorkingTimeLimit,
} from '@cchc/domain';
import type { Insertable } from 'kysely';
import type { StoredPayment, StoredStatusChange, StoredSupplement } from '../../../db/column-types.js';
import type { DB } from '../../../db/generated.js';
import { derivedColumns } from '../records.js';
import type { NationalDossier } from './national-row.js';

const iso = (at: Date) => at.toISOString();

/**
 * The status history an export implies: it gives the current status and a few dates, not every move. Acceptance,
 * end of processing and return have their dates; a current status without one is placed at the latest known date.
 */
export function historyOf(d: NationalDossier): StoredStatusChange[] {
  const { submittedAt, receivedAt, finishedAt, returnedAt, stoppedAt, supplementRequestedAt } = d.dates;
  const history: StoredStatusChange[] = [];
  if (d.channel === 2 && submittedAt) history.push({ status: S.registered, at: iso(submittedAt) });
  if (receivedAt && d.status !== S.refused) history.push({ status: S.accepted, at: iso(receivedAt) });
  // A withdrawal or a stop keeps NgayKetThucXuLy as its end, never as a result (9).
  if (finishedAt && hasResult(d.status)) history.push({ status: S.processed, at: iso(finishedAt) });
  if (returnedAt && d.status === S.returned) history.push({ status: S.returned, at: iso(returnedAt) });
  const known = history.some((change) => change.status === d.status);
  if (!known) {
    const at = d.status === S.supplementRequested ? supplementRequestedAt : stoppedAt;
    const fallback = at ?? finishedAt ?? returnedAt ?? receivedAt ?? submittedAt;
    if (fallback) history.push({ status: d.status, at: iso(fallback) });
  }
  return history.sort((a, b) => a.at.localeCompare(b.at));
}

function supplementsOf(d: NationalDossier): StoredSupplement[] {
  const requested = d.dates.supplementRequestedAt;
  if (!requested) return [];
  const supplied = d.dates.supplementReceivedAt;
  return [
    { requestedAt: iso(requested), suppliedAt: supplied ? iso(supplied) : null, agency: '', items: [], reason: '' },
  ];
}

function paymentsOf(d: NationalDossier, procedureFee: number | null): StoredPayment[] {
  if (d.paidOnline === null) return [];
  const paidAt = d.dates.receivedAt ?? d.dates.submittedAt;
  return paidAt ? [{ place: d.paidOnline, paidAt: iso(paidAt), amount: d.fee ?? procedureFee ?? 0 }] : [];
}

/** What the import writes for a row, the working due and the end of processing computed as for any dossier. */
export function storedRowOf(
  d: NationalDossier,
  ids: { tenantId: string; id: string; procedureId: string; unitId: string | null; importId: string },
  procedure: { limit: WorkingTimeLimit | null; fee: number | null },
  calendar: WorkingCalendar,
  now: Date,
): Insertable<DB['dossiers']> {
  const { receivedAt, dueAt } = d.dates;
  const recorded = dueAt !== null;
  const due =
    dueAt ??
    (receivedAt && procedure.limit ? computeDueMoment(calendar, { receivedAt, limit: procedure.limit }).baseDue : null);
  const history = historyOf(d);
  const supplements = supplementsOf(d);
  const times = {
    status: d.status,
    received_at: receivedAt,
    due_at: due,
    finished_at: d.dates.finishedAt,
    returned_at: d.dates.returnedAt,
    history,
    supplements,
  };
  const fee = d.fee ?? null;
  return {
    tenant_id: ids.tenantId,
    id: ids.id,
    code: d.code,
    procedure_id: ids.procedureId,
    unit_id: ids.unitId,
    status: d.status,
    channel: d.channel,
    applicant_name: d.applicant.name,
    applicant_phone: d.applicant.phone,
    applicant_email: d.applicant.email,
    applicant_address: d.applicant.address,
    applicant_id_number: d.applicant.idNumber,
    submitted_at: d.dates.submittedAt ?? receivedAt,
    received_at: receivedAt,
    due_at: due,
    due_source: recorded ? 'recorded' : 'limit',
    finished_at: d.dates.finishedAt,
    returned_at: d.dates.returnedAt,
    ...derivedColumns(calendar, times, procedure.limit),
    history: JSON.stringify(history),
    supplements: JSON.stringify(supplements),
    fee_lines: JSON.stringify(fee === null ? [] : [{ name: 'Phí, lệ phí', amount: fee }]),
    payments: JSON.stringify(paymentsOf(d, procedure.fee)),
    // The export says only whether the papers were digitised, which 4.2 reads as every component having its file.
    components: JSON.stringify(d.digitised ? [{ name: 'Thành phần hồ sơ', hasFile: true }] : []),
    result_code: d.resultCode,
    result_file_url: d.resultFileUrl,
    digitised: d.digitised,
    synced: d.synced,
    source: 'import',
    import_id: ids.importId,
    created_at: now,
    updated_at: now,
  };
}
