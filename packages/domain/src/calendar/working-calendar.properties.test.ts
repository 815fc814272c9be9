import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDueMoment, type WorkingTimeLimit } from './deadlines.js';
import { calendar2026, vn } from './test-support/moments.js';

const calendar = calendar2026();

// Instants from 2025 to 2028, so the official 2026 data and the computed years around it are both exercised.
const anyMoment = fc
  .integer({ min: vn('2025-01-01 00:00').getTime(), max: vn('2028-12-31 23:59').getTime() })
  .map((ms) => new Date(ms));

/** A moment inside office hours on a working day: a position within the first working day on or after a date. */
const workingMoment = fc
  .tuple(anyMoment, fc.integer({ min: 0, max: calendar.minutesPerDay - 1 }))
  .map(([moment, minutes]) => calendar.addWorkingMinutes(calendar.nextOpening(moment), minutes));

const limit: fc.Arbitrary<WorkingTimeLimit> = fc.oneof(
  fc.integer({ min: 0, max: 45 }).map((days) => ({ days })),
  fc.integer({ min: 0, max: 200 }).map((hours) => ({ hours })),
);

/** Closed pauses (supplement request → supplement received) of up to 20 calendar days each. */
const pauses = fc.array(
  fc.tuple(anyMoment, fc.integer({ min: 0, max: 20 * 24 * 60 })).map(([from, minutes]) => ({
    from,
    to: new Date(from.getTime() + minutes * 60_000),
  })),
  { maxLength: 3 },
);

describe('working calendar properties', () => {
  it('adding then subtracting n working days returns the start', () => {
    fc.assert(
      fc.property(workingMoment, fc.integer({ min: 0, max: 60 }), (start, n) => {
        const there = calendar.addWorkingDays(start, n);
        expect(calendar.addWorkingDays(there, -n).getTime()).toBe(start.getTime());
      }),
    );
  });

  it('the working time between a start and start + h hours is h hours', () => {
    fc.assert(
      fc.property(anyMoment, fc.integer({ min: 0, max: 400 }), (start, hours) => {
        expect(calendar.workingMinutesBetween(start, calendar.addWorkingHours(start, hours))).toBe(hours * 60);
      }),
    );
  });

  it('a due moment is inside office hours on a working day, or at a closing time for a limit in hours', () => {
    fc.assert(
      fc.property(anyMoment, limit, pauses, (receivedAt, timeLimit, stops) => {
        const { due } = computeDueMoment(calendar, { receivedAt, limit: timeLimit, pauses: stops });
        expect(due).not.toBeNull();
        const at = due ?? new Date(Number.NaN);
        const closing = 'hours' in timeLimit && calendar.isWithinOfficeHours(new Date(at.getTime() - 60_000));
        expect(calendar.isWithinOfficeHours(at) || closing).toBe(true);
      }),
    );
  });

  it('pauses never shorten a deadline', () => {
    fc.assert(
      fc.property(anyMoment, limit, pauses, (receivedAt, timeLimit, stops) => {
        const without = computeDueMoment(calendar, { receivedAt, limit: timeLimit });
        const withPauses = computeDueMoment(calendar, { receivedAt, limit: timeLimit, pauses: stops });
        expect(withPauses.due?.getTime()).toBeGreaterThanOrEqual(without.due?.getTime() ?? Number.POSITIVE_INFINITY);
        expect(withPauses.pausedMinutes).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('working time is antisymmetric and adds up across a middle moment', () => {
    fc.assert(
      fc.property(anyMoment, anyMoment, anyMoment, (a, b, c) => {
        const ab = calendar.workingMinutesBetween(a, b);
        expect(calendar.workingMinutesBetween(b, a) + ab).toBe(0);
        expect(ab + calendar.workingMinutesBetween(b, c)).toBeCloseTo(calendar.workingMinutesBetween(a, c), 6);
      }),
      { numRuns: 50 },
    );
  });
});
