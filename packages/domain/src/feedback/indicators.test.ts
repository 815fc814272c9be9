import { describe, expect, it } from 'vitest';
import { calendar2026, vn } from '../calendar/test-support/moments.js';
import { computeFeedbackIndicators, type FeedbackIndicatorRecord, shareOf } from './indicators.js';
import { DEFAULT_FEEDBACK_DEADLINES } from './types.js';

const calendar = calendar2026();
const may = { from: '2026-05-01', to: '2026-05-31' };

let n = 0;
function record(
  over: Partial<FeedbackIndicatorRecord> & { submitted?: string; approved?: string },
): FeedbackIndicatorRecord {
  n++;
  const submittedAt = vn(over.submitted ?? '2026-05-04 09:00');
  const approvedAt = over.approved ? vn(over.approved) : null;
  return {
    id: `f${n}`,
    unitId: 'u1',
    category: 'procedure',
    channel: 'online',
    dossierCode: null,
    inCompetence: true,
    likes: 0,
    dislikes: 0,
    repeatedAt: null,
    timeline: {
      submittedAt,
      transfers: [],
      infoRequestedAt: null,
      closedAtIntakeAt: null,
      approvedAt,
      publishedAt: approvedAt,
    },
    ...over,
  };
}

const compute = (records: FeedbackIndicatorRecord[]) =>
  computeFeedbackIndicators({ records, period: may, calendar, settings: DEFAULT_FEEDBACK_DEADLINES });

describe('computeFeedbackIndicators', () => {
  it('counts 5.1 by category and channel among feedback first received in the period', () => {
    const t = compute([
      record({ category: 'staff', channel: 'phone' }),
      record({ category: 'dossier', dossierCode: 'H15-260504-0001' }),
      record({ category: 'dossier', dossierCode: 'H15-260504-0001' }),
      record({ submitted: '2026-04-20 09:00', approved: '2026-05-05 09:00' }),
    ]).total;
    expect(t.received).toBe(3);
    expect(t.byCategory).toEqual({ regulation: 0, procedure: 0, dossier: 2, staff: 1 });
    expect(t.byChannel).toEqual({ online: 2, counter: 0, phone: 1, letter: 0 });
    expect(t.dossierCodesWithFeedback).toEqual(['H15-260504-0001']);
  });

  it('5.2 counts feedback carried over open, judges open items at the period end, leaves earlier closed out', () => {
    const t = compute([
      record({ approved: '2026-05-06 09:00' }),
      // Open since 04/05: due 25/05, late at the end of May.
      record({}),
      // Carried over from April, answered in time in May.
      record({ submitted: '2026-04-24 10:00', approved: '2026-05-20 09:00' }),
      // Finished in April: not May's business.
      record({ submitted: '2026-04-01 09:00', approved: '2026-04-02 09:00' }),
    ]).total;
    expect(t.onTime).toEqual({ numerator: 2, denominator: 3, rate: 66.67 });
    expect(t.late).toBe(1);
  });

  it('5.3 takes out feedback with more dislikes than likes, repeated or late', () => {
    const t = compute([
      record({ approved: '2026-05-05 09:00', likes: 2, dislikes: 1 }),
      record({ approved: '2026-05-05 09:00', likes: 1, dislikes: 1 }),
      record({ approved: '2026-05-05 09:00', dislikes: 1 }),
      record({ approved: '2026-05-05 09:00', repeatedAt: vn('2026-05-10 09:00') }),
      record({}),
    ]).total;
    expect(t.satisfaction).toEqual({ numerator: 2, denominator: 5, rate: 40 });
  });

  it('drops 5.3 when a citizen dislikes the only answer of the month', () => {
    const answered = record({ approved: '2026-05-05 09:00' });
    expect(compute([answered]).total.satisfaction.rate).toBe(100);
    expect(compute([{ ...answered, dislikes: 1 }]).total.satisfaction.rate).toBe(0);
  });

  it('splits the figures per unit, with unrouted feedback under null', () => {
    const byUnit = compute([record({ unitId: 'u1' }), record({ unitId: 'u2' }), record({ unitId: null })]).byUnit;
    expect([...byUnit.keys()].sort()).toEqual(['u1', 'u2', null].sort());
    expect(byUnit.get('u2')?.received).toBe(1);
  });

  it('shows N/A rather than 0 when nothing was received', () => {
    const t = compute([]).total;
    expect(t.satisfaction.rate).toBeNull();
    expect(t.onTime.rate).toBeNull();
  });
});

describe('shareOf', () => {
  it('rounds to 2 decimals', () => {
    expect(shareOf(2, 3).rate).toBe(66.67);
    expect(shareOf(0, 0).rate).toBeNull();
  });
});
