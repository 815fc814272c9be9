import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { vietnamDateOf } from '../clock.js';
import { computeFeedbackDeadlines, type FeedbackDeadlineKind } from './deadlines.js';
import type { FeedbackDeadlineSettings } from './types.js';

/** The moments of a feedback's life that its deadlines judge; null for what has not happened. */
export interface FeedbackTimeline {
  submittedAt: Date;
  transfers: readonly Date[];
  /** The first request for more information. */
  infoRequestedAt: Date | null;
  /** Rejection, or transfer to another agency: both close the feedback at intake. */
  closedAtIntakeAt: Date | null;
  /** The head's approval: the answer is given then (the unit's draft is not an answer yet). */
  approvedAt: Date | null;
  publishedAt: Date | null;
}

/** How one step stands: done in time, late (done late, or still open past its date), or still open in time. */
export type FeedbackStepTiming = 'on_time' | 'late' | 'pending';

/** Whether a feedback was handled on time at a moment, step by step (Decision 766, indicator 5.2). */
export interface FeedbackTimingResult {
  onTime: boolean;
  steps: Partial<Record<FeedbackDeadlineKind, FeedbackStepTiming>>;
}

// Dates, not moments, as for dossiers (docs/DOMAIN.md §3): acting at 16:00 on the due date is in time.
const byDate = (done: Date, due: Date): FeedbackStepTiming =>
  vietnamDateOf(done) <= vietnamDateOf(due) ? 'on_time' : 'late';
const openAt = (at: Date, due: Date): FeedbackStepTiming =>
  vietnamDateOf(at) > vietnamDateOf(due) ? 'late' : 'pending';
const happened = (moment: Date | null, at: Date): Date | null =>
  moment !== null && moment.getTime() <= at.getTime() ? moment : null;

/**
 * Judges a feedback's handling as things stood at `at` (the period's end for indicator 5.2): every step taken
 * by then against its deadline, and the step still open against its date. Events after `at` count as not yet
 * happened, so a past period's figure does not change when the feedback moves on.
 */
export function judgeFeedbackTiming(
  calendar: WorkingCalendar,
  timeline: FeedbackTimeline,
  settings: FeedbackDeadlineSettings,
  at: Date,
): FeedbackTimingResult {
  const closed = happened(timeline.closedAtIntakeAt, at);
  const info = happened(timeline.infoRequestedAt, at);
  const approved = happened(timeline.approvedAt, at);
  const published = happened(timeline.publishedAt, at);
  const transfers = timeline.transfers.filter((t) => t.getTime() <= at.getTime());
  const due = computeFeedbackDeadlines(
    calendar,
    { submittedAt: timeline.submittedAt, transfers, approvedAt: approved },
    settings,
  );
  const steps: FeedbackTimingResult['steps'] = {};
  if (info) steps.info_request = byDate(info, due.info_request);
  if (closed) steps.reject = byDate(closed, due.reject);
  else steps.answer = approved ? byDate(approved, due.answer) : openAt(at, due.answer);
  if (approved && due.publish) steps.publish = published ? byDate(published, due.publish) : openAt(at, due.publish);
  return { onTime: !Object.values(steps).includes('late'), steps };
}
