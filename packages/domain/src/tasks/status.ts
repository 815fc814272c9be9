// The execution states of a plan task (docs/DOMAIN.md §1) and the review a completion goes through.

/**
 * What the unit reports about its task. `completed` and `completed_late` are only set when the completion is
 * accepted: on time or not is judged then, against the due date as it stands.
 */
export const TASK_STATUSES = [
  'not_started', // chưa triển khai
  'in_progress', // đang thực hiện
  'completed', // hoàn thành
  'completed_late', // hoàn thành quá hạn
  'not_done', // không thực hiện (with a reason)
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The statuses a unit may set by itself in a progress update; completion goes through review instead. */
export const UNIT_SETTABLE_STATUSES = [
  'not_started',
  'in_progress',
  'not_done',
] as const satisfies readonly TaskStatus[];
export type UnitSettableStatus = (typeof UNIT_SETTABLE_STATUSES)[number];

/**
 * Where a completion stands: an officer's submission waits for the unit head when the ward asks for it, then
 * for the coordinator (or the chairman); it is accepted or returned with a comment.
 */
export const REVIEW_STATES = ['pending_unit_head', 'pending_acceptance', 'accepted', 'returned'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Statuses after which nothing is left to do on the task. */
export const isSettledStatus = (status: TaskStatus): boolean =>
  status === 'completed' || status === 'completed_late' || status === 'not_done';

/** Whether the task was accepted as done, on time or late. */
export const isCompletedStatus = (status: TaskStatus): boolean => status === 'completed' || status === 'completed_late';

/** Whether a completion is waiting for someone's decision. */
export const isPendingReview = (state: ReviewState | null): boolean =>
  state === 'pending_unit_head' || state === 'pending_acceptance';
