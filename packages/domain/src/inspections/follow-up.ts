import type { IsoDate } from '../clock.js';
import type { FollowUpStatus } from './types.js';

/** How a follow-up action stands on a day. */
export type FollowUpTiming = 'done' | 'open' | 'overdue';

/** A follow-up action is overdue once the day is past its due date and it is still open. */
export function followUpTiming(status: FollowUpStatus, dueDate: IsoDate, today: IsoDate): FollowUpTiming {
  if (status === 'done') return 'done';
  return today > dueDate ? 'overdue' : 'open';
}
