import type { FeedbackStatus } from './types.js';

/** What can be done to a feedback; each action moves it between statuses. */
export const FEEDBACK_ACTIONS = [
  'route',
  'transfer',
  'transfer_out',
  'request_info',
  'supply_info',
  'reject',
  'submit_answer',
  'return_answer',
  'approve',
  'publish',
] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

interface Move {
  from: readonly FeedbackStatus[];
  /** The status after the action; `same` keeps the current one. */
  to: FeedbackStatus;
}

// Work happens while a feedback sits in a unit's queue (`received`) or waits for the citizen (`info_requested`):
// both can be routed on, rejected or sent away; only a unit's queue drafts an answer.
const OPEN: readonly FeedbackStatus[] = ['received', 'info_requested'];

const MOVES: Record<FeedbackAction, Move> = {
  route: { from: OPEN, to: 'received' },
  transfer: { from: OPEN, to: 'received' },
  transfer_out: { from: OPEN, to: 'transferred_out' },
  request_info: { from: ['received'], to: 'info_requested' },
  supply_info: { from: ['info_requested'], to: 'received' },
  reject: { from: OPEN, to: 'rejected' },
  submit_answer: { from: ['received'], to: 'awaiting_approval' },
  return_answer: { from: ['awaiting_approval'], to: 'received' },
  approve: { from: ['awaiting_approval'], to: 'answered' },
  publish: { from: ['answered'], to: 'published' },
};

/** Statuses no action leaves. */
export const FINAL_FEEDBACK_STATUSES: readonly FeedbackStatus[] = ['published', 'rejected', 'transferred_out'];

/** Whether an action is allowed from a status. */
export function canApplyFeedbackAction(status: FeedbackStatus, action: FeedbackAction): boolean {
  return MOVES[action].from.includes(status);
}

/** The status an action leads to, or null when the action is not allowed from `status`. */
export function nextFeedbackStatus(status: FeedbackStatus, action: FeedbackAction): FeedbackStatus | null {
  return canApplyFeedbackAction(status, action) ? MOVES[action].to : null;
}

/** The actions allowed from a status, for the UI's buttons. */
export function feedbackActionsFrom(status: FeedbackStatus): FeedbackAction[] {
  return FEEDBACK_ACTIONS.filter((a) => canApplyFeedbackAction(status, a));
}
