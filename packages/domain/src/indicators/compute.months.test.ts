// Three months in the national export format (test-support/months/*.csv), each dossier with its reason, against
// the figures counted by hand in test-support/hand-counts.ts. The server's tests import the same files.
import { describe, expect, it } from 'vitest';
import { calendar2026 } from '../dossiers/test-support/build.js';
import { computeIndicators, indicatorMembers } from './compute.js';
import { periodOf } from './period.js';
import { HAND_COUNTS, JUNE_CORRECTED, MONTH_FILES, MONTHS_NOW, MONTHS_PROCEDURES } from './test-support/hand-counts.js';
import { importedMonths } from './test-support/national-export.js';
import type { IndicatorInput } from './types.js';

const calendar = calendar2026();
const now = new Date(MONTHS_NOW);

function inputOf(month: string, files: readonly string[] = MONTH_FILES): IndicatorInput {
  return { period: periodOf(month), calendar, procedures: MONTHS_PROCEDURES, dossiers: importedMonths(...files), now };
}

function figure(report: ReturnType<typeof computeIndicators>, code: string) {
  const row = report.indicators.find((indicator) => indicator.code === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
}

describe.each(Object.entries(HAND_COUNTS))('%s counted by hand', (month, counted) => {
  const input = inputOf(month);
  const report = computeIndicators(input);

  it('judges open dossiers at the right moment and labels a running month provisional', () => {
    expect(report).toMatchObject({
      provisional: counted.provisional,
      dossierCount: counted.dossierCount,
      insufficientData: counted.insufficientData,
    });
    if (counted.insufficientData) expect(report).toMatchObject({ band: null, bandName: 'chưa đủ dữ liệu' });
    else expect(report.band).not.toBeNull();
  });

  it('2.1, 2.2, 1.4, 3.3 and 4.1 as counted', () => {
    for (const code of ['2.1', '2.2', '1.4', '4.1'] as const) {
      const { numerator, denominator } = counted[code];
      expect(figure(report, code), code).toMatchObject({ numerator, denominator });
    }
    expect(figure(report, '1.4').source).toBe('computed');
    const online = figure(report, '3.3');
    expect(online).toMatchObject({ numerator: counted['3.3'].numerator, denominator: counted['3.3'].denominator });
    expect(online.rate).toBeCloseTo(counted['3.3'].rate, 10);
  });

  it('names the late dossiers behind 2.1 and the dossiers without any due date', () => {
    const members = indicatorMembers(input, '2.1');
    const late = members?.denominator.filter((code) => !members.numerator.includes(code)).sort();
    expect(late).toEqual(counted['2.1'].late);
    expect(report.missingDueDate.dossierCodes).toEqual(counted.missingDueDate);
  });

  it('shows the formula and the clause of every figure', () => {
    for (const row of report.indicators) {
      expect(row.formula.numerator, row.code).not.toBe('');
      expect(row.clause).toContain('766/QĐ-TTg');
    }
  });
});

describe('the rules that decide these months', () => {
  it('a running month judged at its last day instead of now would make A01, A02 and A04 late', () => {
    const { now: _now, ...atEnd } = inputOf('2026-08');
    expect(figure(computeIndicators(atEnd), '2.1')).toMatchObject({ numerator: 1, denominator: 6 });
  });

  it('a correction imported later changes June as counted by hand', () => {
    const report = computeIndicators(inputOf('2026-06', [...MONTH_FILES, '2026-06-correction.csv']));
    for (const [code, expected] of Object.entries(JUNE_CORRECTED)) expect(figure(report, code)).toMatchObject(expected);
  });

  it('the minimum number of dossiers for a band is configuration', async () => {
    const { DEFAULT_766_CONFIG } = await import('./config.js');
    const report = computeIndicators(inputOf('2026-08'), { ...DEFAULT_766_CONFIG, minDossiersForBand: 5 });
    expect(report.insufficientData).toBe(false);
    expect(report.band).not.toBeNull();
  });
});
