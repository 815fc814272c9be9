import { describe, expect, it } from 'vitest';
import { FEEDBACK_ACTIONS, feedbackActionsFrom, nextFeedbackStatus } from './status.js';
import { FEEDBACK_STATUSES } from './types.js';

describe('feedback status machine', () => {
  it('walks the usual path: received → awaiting approval → answered → published', () => {
    expect(nextFeedbackStatus('received', 'submit_answer')).toBe('awaiting_approval');
    expect(nextFeedbackStatus('awaiting_approval', 'approve')).toBe('answered');
    expect(nextFeedbackStatus('answered', 'publish')).toBe('published');
  });

  it('lets the head send a draft back and the citizen answer a request for information', () => {
    expect(nextFeedbackStatus('awaiting_approval', 'return_answer')).toBe('received');
    expect(nextFeedbackStatus('received', 'request_info')).toBe('info_requested');
    expect(nextFeedbackStatus('info_requested', 'supply_info')).toBe('received');
  });

  it('rejects, transfers or sends away only while the feedback is open', () => {
    expect(nextFeedbackStatus('info_requested', 'reject')).toBe('rejected');
    expect(nextFeedbackStatus('received', 'transfer_out')).toBe('transferred_out');
    expect(nextFeedbackStatus('awaiting_approval', 'reject')).toBeNull();
    expect(nextFeedbackStatus('answered', 'transfer')).toBeNull();
  });

  it('allows nothing from a final status', () => {
    for (const status of ['published', 'rejected', 'transferred_out'] as const) {
      expect(feedbackActionsFrom(status)).toEqual([]);
    }
  });

  it('names a next status for every allowed pair', () => {
    for (const status of FEEDBACK_STATUSES) {
      for (const action of FEEDBACK_ACTIONS) {
        const next = nextFeedbackStatus(status, action);
        expect(next === null || FEEDBACK_STATUSES.includes(next)).toBe(true);
      }
    }
  });
});
