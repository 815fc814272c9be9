import type { ProcedureRow } from '../procedures/index.js';
import type { ApologyRow, DossierRow } from './records.js';
import type { DossierOut, DossierTiming } from './schemas-out.js';
import type { RatingRow } from './side-repository.js';

const iso = (at: Date | null) => (at === null ? null : at.toISOString());

/** The apology letter's state in the list: proposed by the job, or issued. */
export const apologyState = (row: Pick<ApologyRow, 'issued_at'> | undefined) =>
  row === undefined ? null : row.issued_at === null ? ('proposed' as const) : ('issued' as const);

/** A dossier in the list: no contact details, only the applicant's name. */
export function presentDossier(
  row: DossierRow,
  procedure: Pick<ProcedureRow, 'id' | 'code' | 'name' | 'field'>,
  timing: DossierTiming | null,
  apology: ApologyRow | undefined,
): DossierOut {
  return {
    id: row.id,
    code: row.code,
    procedure: { id: procedure.id, code: procedure.code, name: procedure.name, field: procedure.field },
    unitId: row.unit_id,
    status: row.status,
    channel: row.channel,
    applicantName: row.applicant_name,
    submittedAt: iso(row.submitted_at),
    receivedAt: iso(row.received_at),
    dueAt: iso(row.due_at),
    currentDueAt: iso(row.current_due_at),
    endedAt: iso(row.ended_at),
    timing,
    assigneeId: row.assignee_id,
    holder: row.holder,
    apology: apologyState(apology),
    source: row.source,
  };
}

/** The parts of the dossier page that are copied from the row as they are. */
export function presentRecordParts(row: DossierRow) {
  return {
    applicant: {
      name: row.applicant_name,
      phone: row.applicant_phone,
      email: row.applicant_email,
      address: row.applicant_address,
      idNumber: row.applicant_id_number,
    },
    components: row.components,
    history: row.history,
    supplements: row.supplements,
    feeLines: row.fee_lines,
    payments: row.payments,
    result: { code: row.result_code, fileUrl: row.result_file_url },
    flags: { digitised: row.digitised, reused: row.reused, vneid: row.vneid, synced: row.synced ?? false },
  };
}

/** The letter as the dossier page shows it. */
export function presentApology(row: ApologyRow | undefined) {
  if (!row) return null;
  return {
    proposedAt: iso(row.proposed_at),
    dueAt: row.due_at.toISOString(),
    agency: row.agency,
    issuedAt: iso(row.issued_at),
    reason: row.reason,
    newDueAt: iso(row.new_due_at),
    letterNumber: row.letter_number,
  };
}

/** The applicant's rating as the dossier page shows it. */
export function presentRating(row: RatingRow | undefined) {
  if (!row) return null;
  return {
    satisfied: row.satisfied,
    criteria: row.criteria,
    comment: row.comment,
    ratedAt: row.rated_at.toISOString(),
  };
}
