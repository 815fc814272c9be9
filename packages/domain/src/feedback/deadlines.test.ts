import { describe, expect, it } from 'vitest';
import { calendar2026, local, vn } from '../calendar/test-support/moments.js';
import { computeFeedbackDeadlines, feedbackRemindersDue, pendingFeedbackDeadlines } from './deadlines.js';
import { DEFAULT_FEEDBACK_DEADLINES } from './types.js';

const calendar = calendar2026();
const deadlines = (submittedAt: Date, transfers: Date[] = [], approvedAt: Date | null = null) => {
  const d = computeFeedbackDeadlines(calendar, { submittedAt, transfers, approvedAt }, DEFAULT_FEEDBACK_DEADLINES);
  return { reject: local(d.reject), info: local(d.info_request), answer: local(d.answer), publish: local(d.publish) };
};

// 2026: Giỗ Tổ moved to Mon 27/04 (25–27/04 off), then 30/04–03/05 off; Tết 14/02–22/02.
describe('computeFeedbackDeadlines around the April 2026 holidays', () => {
  const friday = vn('2026-04-24 10:00');

  it('rejects within 2 working days: Tue 28/04 and Wed 29/04', () => {
    expect(deadlines(friday).reject).toBe('2026-04-29 10:00');
  });

  it('asks for more information within 5 working days: 28, 29/04, 04, 05, 06/05', () => {
    expect(deadlines(friday).info).toBe('2026-05-06 10:00');
  });

  it('answers within 15 working days of the submission', () => {
    expect(deadlines(friday).answer).toBe('2026-05-20 10:00');
  });

  it('restarts the answer clock at the latest transfer, leaving the other clocks alone', () => {
    const transferred = deadlines(friday, [vn('2026-04-28 09:00'), vn('2026-04-29 14:00')]);
    expect(transferred.answer).toBe('2026-05-22 14:00');
    expect(transferred.reject).toBe('2026-04-29 10:00');
    expect(transferred.info).toBe('2026-05-06 10:00');
  });

  it('publishes within 2 working days of the approval, and has no publication deadline before it', () => {
    expect(deadlines(friday).publish).toBeNull();
    expect(deadlines(friday, [], vn('2026-04-29 16:00')).publish).toBe('2026-05-05 16:00');
  });

  it('starts a weekend or evening submission at the next opening', () => {
    // Sat 25/04 → opens Tue 28/04 07:00: two full working days end Wed 29/04 at closing time.
    expect(deadlines(vn('2026-04-25 10:00')).reject).toBe('2026-04-29 17:00');
    expect(deadlines(vn('2026-04-29 20:00')).reject).toBe('2026-05-05 17:00');
  });

  it('skips Tết: Thu 12/02 + 2 working days is Mon 23/02', () => {
    expect(deadlines(vn('2026-02-12 10:00')).reject).toBe('2026-02-23 10:00');
  });

  it('follows the ward settings', () => {
    const d = computeFeedbackDeadlines(
      calendar,
      { submittedAt: friday, transfers: [], approvedAt: null },
      { ...DEFAULT_FEEDBACK_DEADLINES, rejectDays: 3, answerDays: 10 },
    );
    expect(local(d.reject)).toBe('2026-05-04 10:00');
    expect(local(d.answer)).toBe('2026-05-13 10:00');
  });
});

describe('pendingFeedbackDeadlines', () => {
  it('watches intake deadlines only until the citizen was asked, then the answer, then publication', () => {
    expect(pendingFeedbackDeadlines('received', false)).toEqual(['reject', 'info_request', 'answer']);
    expect(pendingFeedbackDeadlines('received', true)).toEqual(['answer']);
    expect(pendingFeedbackDeadlines('awaiting_approval', true)).toEqual(['answer']);
    expect(pendingFeedbackDeadlines('answered', false)).toEqual(['publish']);
    expect(pendingFeedbackDeadlines('published', false)).toEqual([]);
    expect(pendingFeedbackDeadlines('rejected', false)).toEqual([]);
  });
});

describe('feedbackRemindersDue', () => {
  const d = computeFeedbackDeadlines(
    calendar,
    { submittedAt: vn('2026-04-24 10:00'), transfers: [], approvedAt: null },
    DEFAULT_FEEDBACK_DEADLINES,
  );
  const kinds = (today: string) =>
    feedbackRemindersDue(calendar, d, ['reject', 'info_request', 'answer'], 1, today).map((r) => r.kind);

  it('reminds one working day before a deadline, across the holiday', () => {
    // Reject due Wed 29/04: the working day before is Tue 28/04.
    expect(kinds('2026-04-27')).toEqual([]);
    expect(kinds('2026-04-28')).toEqual(['reject']);
    // Info due Wed 06/05: reminded from Tue 05/05; answer due Wed 20/05: from Tue 19/05.
    expect(kinds('2026-05-05')).toEqual(['info_request']);
    expect(kinds('2026-05-19')).toEqual(['answer']);
  });

  it('still reminds on the due day when a run was missed, and never after it', () => {
    expect(kinds('2026-04-29')).toEqual(['reject']);
    expect(kinds('2026-04-30')).toEqual([]);
  });

  it('names the day the reminder belongs to, so a job can store it once', () => {
    const [reminder] = feedbackRemindersDue(calendar, d, ['reject'], 1, '2026-04-29');
    expect(reminder?.remindOn).toBe('2026-04-28');
  });
});
