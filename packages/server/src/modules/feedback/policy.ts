import { type FeedbackAction, feedbackActionsFrom, rolesFor } from '@cchc/domain';
import { AppError } from '../../errors.js';
import { type AuthContext, hasRole } from '../../http/policy.js';

/** What record-level rules look at. */
interface FeedbackScope {
  unit_id: string | null;
  status: Parameters<typeof feedbackActionsFrom>[0];
}

const can = (auth: AuthContext, capability: Parameters<typeof rolesFor>[0]) => hasRole(auth, ...rolesFor(capability));
const ownsUnit = (auth: AuthContext, row: FeedbackScope) => row.unit_id !== null && auth.unitId === row.unit_id;
const isDesk = (auth: AuthContext) => can(auth, 'feedback.route');
/** The unit that holds the feedback handles it; the desk may step in for the intake decisions. */
const handles = (auth: AuthContext, row: FeedbackScope) => ownsUnit(auth, row) && can(auth, 'feedback.handle');

// Who may take each action on a feedback, beyond the status machine. The answer is the unit's own: only the
// unit writes it and only its head (or the chairman) approves it.
const RULES: Record<FeedbackAction, (auth: AuthContext, row: FeedbackScope) => boolean> = {
  route: (auth, row) => row.unit_id === null && isDesk(auth),
  transfer: (auth, row) => row.unit_id !== null && (isDesk(auth) || handles(auth, row)),
  transfer_out: (auth, row) => isDesk(auth) || handles(auth, row),
  request_info: (auth, row) => isDesk(auth) || handles(auth, row),
  supply_info: (auth, row) => isDesk(auth) || handles(auth, row),
  reject: (auth, row) => isDesk(auth) || handles(auth, row),
  submit_answer: (auth, row) => handles(auth, row),
  return_answer: (auth, row) =>
    can(auth, 'feedback.approve_any') || (ownsUnit(auth, row) && can(auth, 'feedback.approve')),
  approve: (auth, row) => can(auth, 'feedback.approve_any') || (ownsUnit(auth, row) && can(auth, 'feedback.approve')),
  publish: (auth, row) => can(auth, 'feedback.publish_any') || (ownsUnit(auth, row) && can(auth, 'feedback.publish')),
};

/** Whether the user sees a feedback with its personal data: the desk sees all, a unit its own. */
export function canSeeFeedback(auth: AuthContext, row: FeedbackScope): boolean {
  return can(auth, 'feedback.view_all') || (can(auth, 'feedback.view') && ownsUnit(auth, row));
}

/**
 * Whether the user needs the submitter's name and contacts (Decree 13): the desk for any feedback, the handling
 * unit's staff for their unit's. Everyone else sees them masked.
 */
export function needsSubmitter(auth: AuthContext, row: FeedbackScope): boolean {
  return can(auth, 'feedback.view_contacts') && (can(auth, 'feedback.view_all') || ownsUnit(auth, row));
}

/** The actions the user may take now: allowed by the status machine and by the rules above. */
export function allowedFeedbackActions(auth: AuthContext, row: FeedbackScope): FeedbackAction[] {
  return feedbackActionsFrom(row.status).filter((action) => RULES[action](auth, row));
}

/** Throws 403 unless the user may take the action (the status is checked by the use case, as a 409). */
export function requireFeedbackAction(auth: AuthContext, row: FeedbackScope, action: FeedbackAction): void {
  if (!RULES[action](auth, row)) throw new AppError('forbidden');
}
