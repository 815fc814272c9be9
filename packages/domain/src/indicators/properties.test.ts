import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendar2026 } from '../dossiers/test-support/build.js';
import { computeIndicators } from './compute.js';
import { buildProcessingTable } from './processing-table.js';
import { generateDossiers, RANDOM_PERIOD, RANDOM_PROCEDURES } from './test-support/random-dossiers.js';

const calendar = calendar2026();
const sets = fc.record({
  count: fc.integer({ min: 0, max: 60 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  syncRatio: fc.double({ min: 0, max: 1, noNaN: true }),
});
const inputOf = ({ count, seed, syncRatio }: { count: number; seed: number; syncRatio: number }) => ({
  period: RANDOM_PERIOD,
  syncRatio,
  calendar,
  procedures: RANDOM_PROCEDURES,
  dossiers: generateDossiers(count, seed),
});

describe('indicator properties on random dossier sets', () => {
  it('on-time dossiers never exceed the denominator; rates stay in [0, 1]; points within their maximum', () => {
    fc.assert(
      fc.property(sets, (set) => {
        const report = computeIndicators(inputOf(set));
        for (const row of report.indicators) {
          if (row.numerator !== null && row.denominator !== null && row.code !== '2.2') {
            expect(row.numerator, row.code).toBeLessThanOrEqual(row.denominator);
          }
          if (row.rate !== null) expect(row.rate >= 0 && row.rate <= 1, `${row.code} ${row.rate}`).toBe(true);
          if (row.points !== null) expect(row.points).toBeLessThanOrEqual(row.maxPoints);
        }
        if (report.total !== null) expect(report.total >= 0 && report.total <= 100).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('II.06a invariants hold, and 2.1 counts the same dossiers with no more on time than the plain table', () => {
    fc.assert(
      fc.property(sets, (set) => {
        const input = inputOf(set);
        const table = buildProcessingTable(input);
        expect(table.problems.filter((problem) => problem.rule !== 'data')).toEqual([]);
        const { total } = table;
        expect(total.received).toBe(total.online + total.inPersonOrPost + total.carriedOver);
        expect(total.received).toBe(total.processed + total.processing);
        const progress = computeIndicators(input).indicators.find((row) => row.code === '2.1');
        expect(progress?.denominator).toBe(total.received);
        // The 766 rules only add lateness (more than one supplement request), never remove it.
        expect(progress?.numerator).toBeLessThanOrEqual(total.early + total.onTime + total.withinDeadline);
      }),
      { numRuns: 60 },
    );
  });
});
