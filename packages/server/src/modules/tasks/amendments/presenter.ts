import type { AmendmentListRow } from './repository.js';

/** A single-task amendment with who proposed and decided it. */
export const presentAmendment = (a: AmendmentListRow) => ({
  id: a.id,
  action: a.action,
  taskId: a.task_id,
  proposal: a.proposal,
  before: a.before,
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
