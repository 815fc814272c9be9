import type { InspectionStatus } from './types.js';

/** What can be done to a unit's inspection. */
export type InspectionAction = 'submit_self_assessment' | 'conclude' | 'cancel' | 'record_finding';

const ALLOWED: Record<InspectionAction, readonly InspectionStatus[]> = {
  // A unit may correct its form until the conclusion is issued.
  submit_self_assessment: ['planned', 'self_assessed'],
  // The team may conclude without the unit's form: a unit that never filled it in is still inspected.
  conclude: ['planned', 'self_assessed'],
  cancel: ['planned', 'self_assessed'],
  record_finding: ['planned', 'self_assessed'],
};

const RESULT: Partial<Record<InspectionAction, InspectionStatus>> = {
  submit_self_assessment: 'self_assessed',
  conclude: 'concluded',
  cancel: 'cancelled',
};

/** Whether an action is allowed in a status. */
export function canApplyInspectionAction(status: InspectionStatus, action: InspectionAction): boolean {
  return ALLOWED[action].includes(status);
}

/** The status after an action (unchanged for actions that add to the record), or null when not allowed. */
export function nextInspectionStatus(status: InspectionStatus, action: InspectionAction): InspectionStatus | null {
  if (!canApplyInspectionAction(status, action)) return null;
  return RESULT[action] ?? status;
}
