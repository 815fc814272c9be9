import { describe, expect, expectTypeOf, it } from 'vitest';
import { calendar2026 } from '../dossiers/test-support/build.js';
import type { FeedbackIndicatorValues } from '../feedback/index.js';
import { computeIndicators } from './compute.js';
import { DEFAULT_766_CONFIG } from './config.js';
import { periodOf } from './period.js';
import { MARCH_DOSSIERS, MARCH_PROCEDURES } from './test-support/march-2026.js';
import type { EnteredValue, FeedbackFigures, IndicatorInput, IndicatorResult } from './types.js';

// Every figure below is counted by hand from the comments of test-support/march-2026.ts, not read from the code.
const feedback: FeedbackFigures = {
  onTime: { numerator: 3, denominator: 4 },
  satisfaction: { numerator: 2, denominator: 3 },
  // D6 is also disliked (counted once), D7 is not in March's dossiers, D8 is waiting for its supplement.
  dossierCodesWithFeedback: ['D6', 'D7', 'D8'],
};
const entered: EnteredValue[] = [
  { code: '1.1', numerator: 10, denominator: 10, evidence: 'Quyết định công bố 12/QĐ-UBND' },
  { code: '1.2', numerator: 8, denominator: 10, evidence: 'Ảnh chụp CSDL quốc gia 31/03' },
  { code: '1.4', numerator: 45, denominator: 50, evidence: 'Báo cáo Cổng DVC quốc gia tháng 3' },
  { code: '4.3', numerator: 0, denominator: 0, evidence: 'Chưa phát sinh' },
  { code: '2.1', numerator: 11, denominator: 11, evidence: 'computed here, so ignored' },
];
const input: IndicatorInput = {
  period: periodOf('2026-03'),
  calendar: calendar2026(),
  procedures: MARCH_PROCEDURES,
  dossiers: MARCH_DOSSIERS,
  feedback,
  entered,
  syncRatio: 0.9,
};

type Expected = Pick<IndicatorResult, 'numerator' | 'denominator' | 'points'> & { rate: number | null };

function row(code: string, report = computeIndicators(input)): IndicatorResult {
  const found = report.indicators.find((indicator) => indicator.code === code);
  if (!found) throw new Error(`no row ${code}`);
  return found;
}

function expectRow(code: string, expected: Expected): void {
  const actual = row(code);
  expect({ ...actual, rate: actual.rate === null ? null : Number(actual.rate.toFixed(4)) }, code).toMatchObject(
    expected,
  );
}

describe('March 2026, counted by hand', () => {
  it('2.1: 7 of 11 dossiers on time', () => {
    // Counted: D1 D2 D3 D4 D5 D6 D8 D10 D11 D12 D13 (D7 ended in February, D9 never accepted).
    // On time: D1 early, D3 on its due date, D5 open within, D8 waiting (request 11/03 ≤ due 12/03), D10 withdrawn
    // early, D11 open on its due date, D13 early once the supplement time is counted out.
    // Late: D2 (two supplement requests), D4 (open, due 27/03 < 31/03), D6 (05/03 > 04/03), D12 (24/03 > 23/03).
    expectRow('2.1', { numerator: 7, denominator: 11, rate: 0.6364, points: 12.73 }); // 20 × 7/11
  });

  it('2.2: average office time of the 6 dossiers processed with a result in March', () => {
    // P1: D1 3.5 + D2 4.25 + D6 6.125 + D12 6.25 + D13 4.625 = 24.75 days / 5 = 4.95. P2: D3 21.5 h = 2.6875 days.
    // D10 was withdrawn (no processing time), D11 finished in April.
    expectRow('2.2', { numerator: 27.44, denominator: 6, rate: null, points: null });
    expect(computeIndicators(input).processingTimes).toEqual([
      { procedureCode: 'P1', dossiers: 5, averageWorkingDays: 4.95 },
      { procedureCode: 'P2', dossiers: 1, averageWorkingDays: 2.69 },
    ]);
  });

  it('3.1–3.3: online services and online dossiers', () => {
    // 3.1: P1 P2 P3 P5 of 5 online = 80%, the target: 2 points.
    expectRow('3.1', { numerator: 4, denominator: 5, rate: 0.8, points: 2 });
    // 3.2: online services P1 P2 P3 P5; P1 (D1, D13), P2 (D4), P3 (D5) had an online dossier, P5 none: 4 × 3/4.
    expectRow('3.2', { numerator: 3, denominator: 4, rate: 0.75, points: 3 });
    // 3.3: received in March D1 D2 D3 D4 D5 D8 D10 D11 D12 D13 = 10; online D1 D13 (with e-result) and D5 (no paper
    // result) = 3; D4 has no e-result yet. 3/10 × sync 0.9 = 0.27 of a 0.5 target: 6 × 0.54 = 3.24.
    expectRow('3.3', { numerator: 3, denominator: 10, rate: 0.27, points: 3.24 });
  });

  it('3.5, 3.6: fees and online payment', () => {
    // Fee-bearing: P2, P3, P5 (P1 empty, P4 zero). Synced with fee lines: D3 and D4 (P2), D5 (P3): 2 × (2/3)/0.8.
    expectRow('3.5.1', { numerator: 2, denominator: 3, rate: 0.6667, points: 1.67 });
    // Paid online: D5 (portal) and D10 (gateway), both P3: 2 × (1/3)/0.8 = 0.83.
    expectRow('3.5.2', { numerator: 1, denominator: 3, rate: 0.3333, points: 0.83 });
    // Owing a fee, received in March: D3, D5, D8, D10 (D4's only line is 0). Paid online: D5, D10. 6 × 2/4.
    expectRow('3.6', { numerator: 2, denominator: 4, rate: 0.5, points: 3 });
  });

  it('4.1, 4.2: digitisation over the dossiers processed with a result', () => {
    // D1 D2 D3 D6 D12 D13, all of paper-result procedures; all but D6 have a result file: 6 × 5/6 = 5.
    expectRow('4.1', { numerator: 5, denominator: 6, rate: 0.8333, points: 5 });
    // Components and result both filed: D1 D3 D12 D13 (D2 misses a component, D6 the result): 4 × (4/6)/0.8.
    expectRow('4.2.1', { numerator: 4, denominator: 6, rate: 0.6667, points: 3.33 });
  });

  it('5.2–5.4: satisfaction', () => {
    expectRow('5.2', { numerator: 3, denominator: 4, rate: 0.75, points: 4.5 });
    expectRow('5.3', { numerator: 2, denominator: 3, rate: 0.6667, points: 4 });
    // 11 counted − 4 late (D2 D4 D6 D12) − 2 with feedback or a dislike (D6, D8) = 5; 6 × (5/11)/0.9 = 3.03.
    expectRow('5.4', { numerator: 5, denominator: 11, rate: 0.4545, points: 3.03 });
  });

  it('entered figures keep their evidence; missing ones and zero denominators are N/A', () => {
    expectRow('1.1', { numerator: 10, denominator: 10, rate: 1, points: 6 });
    expectRow('1.2', { numerator: 8, denominator: 10, rate: 0.8, points: 3.2 });
    expectRow('1.4', { numerator: 45, denominator: 50, rate: 0.9, points: 5.4 });
    expect(row('1.4')).toMatchObject({ source: 'entered', evidence: 'Báo cáo Cổng DVC quốc gia tháng 3' });
    expectRow('4.3', { numerator: 0, denominator: 0, rate: null, points: null });
    expectRow('1.3', { numerator: null, denominator: null, rate: null, points: null });
    expect(row('2.1').source).toBe('computed');
  });

  it('total: 60.93 of the 86 points that apply, 70.85 on the 100 scale: Khá', () => {
    // 6 + 3.2 + 5.4 + 12.73 + 2 + 3 + 3.24 + 1.67 + 0.83 + 3 + 5 + 3.33 + 4.5 + 4 + 3.03 = 60.93;
    // N/A: 1.3, 4.2.2, 4.3, 4.4, 4.5.1, 4.5.2 (14 points), so 100 − 14 = 86 apply.
    const report = computeIndicators(input);
    expect(report).toMatchObject({
      awardedPoints: 60.93,
      applicableMaxPoints: 86,
      total: 70.85,
      band: 'fair',
      bandName: 'Khá',
    });
    expect(report.warnings).toEqual([
      'Chỉ số 2.1 được tính từ dữ liệu, số liệu nhập bị bỏ qua',
      'Chỉ số 1.3 chưa được nhập: không tính vào tổng điểm',
      'Chỉ số 4.2.2 chưa được nhập: không tính vào tổng điểm',
      'Chỉ số 4.4 chưa được nhập: không tính vào tổng điểm',
      'Chỉ số 4.5.1 chưa được nhập: không tính vào tổng điểm',
      'Chỉ số 4.5.2 chưa được nhập: không tính vào tổng điểm',
    ]);
  });

  it('without feedback: 5.2 and 5.3 are N/A and 5.4 counts dislikes only', () => {
    const report = computeIndicators({ ...input, feedback: null });
    expect(row('5.2', report)).toMatchObject({ rate: null, points: null });
    expect(row('5.3', report)).toMatchObject({ rate: null, points: null });
    expect(row('5.4', report)).toMatchObject({ numerator: 6, denominator: 11 }); // 11 − 4 late − D6
  });

  it('the apology letter moves the due when the configuration says so: D12 becomes early', () => {
    const config = { ...DEFAULT_766_CONFIG, processing: { ...DEFAULT_766_CONFIG.processing, apologyMovesDue: true } };
    expect(row('2.1', computeIndicators(input, config))).toMatchObject({ numerator: 8, denominator: 11 });
  });

  it('points and targets come from the configuration', () => {
    const indicators = { ...DEFAULT_766_CONFIG.indicators, '2.1': { maxPoints: 10, target: 0.5 } };
    const report = computeIndicators(input, { ...DEFAULT_766_CONFIG, indicators });
    expect(row('2.1', report)).toMatchObject({ points: 10, maxPoints: 10, target: 0.5 }); // 7/11 ≥ 50%
  });

  it('takes the feedback module’s figures as they are', () => {
    // Checked by tsc: `computeFeedbackIndicators(…).total` can be passed as `feedback` without a mapping.
    expectTypeOf<FeedbackIndicatorValues>().toExtend<FeedbackFigures>();
  });
});
