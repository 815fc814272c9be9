import { describe, expect, it } from 'vitest';
import { calendar2026, vn } from '../calendar/test-support/moments.js';
import { type FeedbackTimeline, judgeFeedbackTiming } from './timing.js';
import { DEFAULT_FEEDBACK_DEADLINES } from './types.js';

const calendar = calendar2026();
// Submitted Fri 24/04 10:00: reject by Wed 29/04, information by Wed 06/05, answer by Wed 20/05.
const base: FeedbackTimeline = {
  submittedAt: vn('2026-04-24 10:00'),
  transfers: [],
  infoRequestedAt: null,
  closedAtIntakeAt: null,
  approvedAt: null,
  publishedAt: null,
};
const judge = (t: Partial<FeedbackTimeline>, at: string) =>
  judgeFeedbackTiming(calendar, { ...base, ...t }, DEFAULT_FEEDBACK_DEADLINES, vn(at));

describe('judgeFeedbackTiming', () => {
  it('keeps a rejection on its due date in time and the day after late', () => {
    expect(judge({ closedAtIntakeAt: vn('2026-04-29 16:30') }, '2026-06-01 00:00').steps).toEqual({
      reject: 'on_time',
    });
    expect(judge({ closedAtIntakeAt: vn('2026-05-04 08:00') }, '2026-06-01 00:00')).toEqual({
      onTime: false,
      steps: { reject: 'late' },
    });
  });

  it('judges the information request against its 5 days', () => {
    expect(judge({ infoRequestedAt: vn('2026-05-06 15:00') }, '2026-05-07 00:00').steps.info_request).toBe('on_time');
    expect(judge({ infoRequestedAt: vn('2026-05-07 08:00') }, '2026-05-08 00:00').steps.info_request).toBe('late');
  });

  it('judges the answer at approval, and an open answer as late only after its date', () => {
    expect(judge({ approvedAt: vn('2026-05-20 16:00') }, '2026-05-21 00:00').steps.answer).toBe('on_time');
    expect(judge({}, '2026-05-20 23:59').steps.answer).toBe('pending');
    expect(judge({}, '2026-05-21 08:00')).toMatchObject({ onTime: false, steps: { answer: 'late' } });
  });

  it('gives the unit a transfer brings a full 15 days', () => {
    const answered = { approvedAt: vn('2026-05-22 09:00'), publishedAt: vn('2026-05-22 10:00') };
    expect(judge({ ...answered, transfers: [vn('2026-04-29 14:00')] }, '2026-06-01 00:00').onTime).toBe(true);
    expect(judge(answered, '2026-06-01 00:00')).toEqual({
      onTime: false,
      steps: { answer: 'late', publish: 'on_time' },
    });
  });

  it('judges publication within 2 working days of the approval', () => {
    const approved = { approvedAt: vn('2026-04-29 16:00') };
    expect(judge({ ...approved, publishedAt: vn('2026-05-05 09:00') }, '2026-06-01 00:00').steps.publish).toBe(
      'on_time',
    );
    expect(judge({ ...approved, publishedAt: vn('2026-05-06 09:00') }, '2026-06-01 00:00').steps.publish).toBe('late');
    expect(judge(approved, '2026-05-06 00:00').steps.publish).toBe('late');
  });

  it('ignores what happened after the moment judged', () => {
    const later = { approvedAt: vn('2026-05-25 09:00') };
    expect(judge(later, '2026-05-15 00:00')).toEqual({ onTime: true, steps: { answer: 'pending' } });
  });
});
