import type { AmendmentListRow } from './repository.js';
import type { BeforeOut, ProposalOut } from './schemas.js';

/** A single-task amendment with who proposed and decided it. */
export const presentAmendment = (a: AmendmentListRow) => ({
  id: a.id,
  action: a.action,
  taskId: a.task_id,
  // JSON columns: written only from `amendmentIn` and the task's snapshot; the response schema checks them on the way out.
  proposal: a.proposal as ProposalOut,
  before: a.before as BeforeOut | null,
  reason: a.reason,
  status: a.status,
  proposedBy: a.proposed_by_name,
  unit: a.unit_name,
  proposedAt: a.proposed_at.toISOString(),
  decidedBy: a.decided_by_name,
  decidedAt: a.decided_at?.toISOString() ?? null,
  decisionNote: a.decision_note,
  decisionNumber: a.decision_number,
  appliedVersion: a.applied_version,
});
