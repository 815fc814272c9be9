import { describe, expect, it } from 'vitest';
import { checkAmendmentDeadline } from './amendment-deadline.js';

const plan = { year: 2026, today: '2026-03-20', pastConfirmed: false };

describe('checkAmendmentDeadline', () => {
  it('refuses a deadline outside the plan year with the year as its value', () => {
    expect(checkAmendmentDeadline('2027-01-05', plan)).toEqual({
      code: 'due_outside_plan_year',
      values: { year: 2026 },
    });
    expect(checkAmendmentDeadline('2025-12-31', plan)).toEqual({
      code: 'due_outside_plan_year',
      values: { year: 2026 },
    });
  });

  it('refuses a past deadline until the proposer confirms it', () => {
    expect(checkAmendmentDeadline('2026-03-19', plan)).toEqual({
      code: 'due_in_past',
      values: { today: '2026-03-20' },
    });
    expect(checkAmendmentDeadline('2026-03-19', { ...plan, pastConfirmed: true })).toBeNull();
  });

  it('lets today, a later day of the year, and no deadline stand', () => {
    for (const due of ['2026-03-20', '2026-12-31', null, undefined])
      expect(checkAmendmentDeadline(due, plan)).toBeNull();
  });
});
