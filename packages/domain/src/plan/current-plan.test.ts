import { describe, expect, it } from 'vitest';
import { currentPlanFor } from './current-plan.js';

const plans = [{ year: 2027 }, { year: 2025 }];

describe('currentPlanFor', () => {
  it("takes the year's own plan", () => {
    expect(currentPlanFor(plans, 2027)).toEqual({ year: 2027 });
    expect(currentPlanFor(plans, 2025)).toEqual({ year: 2025 });
  });

  it('keeps the last earlier plan in a year without one, not a later one', () => {
    expect(currentPlanFor(plans, 2026)).toEqual({ year: 2025 });
    expect(currentPlanFor(plans, 2030)).toEqual({ year: 2027 });
  });

  it('takes the earliest plan before the first plan year, and nothing without plans', () => {
    expect(currentPlanFor([...plans, { year: 2029 }], 2020)).toEqual({ year: 2025 });
    expect(currentPlanFor([], 2026)).toBeUndefined();
  });
});
