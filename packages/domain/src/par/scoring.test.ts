import { describe, expect, it } from 'vitest';
import { parseCriteriaRows } from './parse-criteria.js';
import { type PreScoreFacts, preScore } from './pre-score.js';
import { effectivePoints, finalScore, type LeafPoints, pointsLost, projectedScore, rankScores } from './ranking.js';
import { pointsFor, scoreProblem, subtotals, totalOf } from './scoring.js';

const SET = parseCriteriaRows([
  ['STT', 'Tiêu chí', 'Điểm tối đa', 'Phương pháp chấm', 'Hướng dẫn chấm'],
  ['1', 'CHỈ ĐẠO, ĐIỀU HÀNH', '', '', ''],
  ['1.1', 'Ban hành kế hoạch CCHC năm', '1', 'Có/Không', ''],
  [
    '1.2',
    'Mức độ hoàn thành kế hoạch CCHC năm',
    '2',
    'Tỷ lệ',
    '100%: 2 điểm; từ 70% đến dưới 100%: 1 điểm; dưới 70%: 0 điểm',
  ],
  ['1.3', 'Báo cáo CCHC định kỳ gửi đúng hạn', '2', 'Tỷ lệ', ''],
  ['1.4', 'Tỷ lệ đơn vị được kiểm tra CCHC', '1', 'Có/Không', ''],
  ['2', 'THỦ TỤC HÀNH CHÍNH', '', '', ''],
  ['2.1', 'Điểm Bộ chỉ số 766', '2', 'Thang điểm', ''],
  ['2.2', 'Điểm trừ: vi phạm quy định', '1', 'Điểm trừ', ''],
  ['3', 'ĐIỀU TRA XÃ HỘI HỌC', '', '', ''],
  ['3.1', 'Mức độ hài lòng của người dân', '2', '', ''],
]);
const code = (c: string) => SET.criteria.find((k) => k.code === c) ?? SET.criteria[0]!;

// Four reports due by 30/11/2026: Q1 on time, H1 two days late, Q3 on time, one not sent → 2/4 = 50%.
const FACTS: PreScoreFacts = {
  asOf: '2026-11-30',
  reports: [
    { period: 'Quý I/2026', dueDate: '2026-03-08', sentOn: '2026-03-05' },
    { period: '6 tháng/2026', dueDate: '2026-06-08', sentOn: '2026-06-10' },
    { period: 'Quý III/2026', dueDate: '2026-09-08', sentOn: '2026-09-08' },
    { period: 'Tháng 10/2026', dueDate: '2026-10-10', sentOn: null },
    { period: 'Năm 2026', dueDate: '2026-12-08', sentOn: null },
  ],
  tasks: { completed: 30, total: 40 },
  indicators766: { total: 87.5, dossiers: 120 },
  inspection: { inspected: 3, total: 6 },
};

describe('scoring', () => {
  it('checks entered values by method and turns them into points', () => {
    expect(scoreProblem(code('1.1'), 2)).toBe('yes_no_value');
    expect(scoreProblem(code('1.2'), 101)).toBe('ratio_range');
    expect(scoreProblem(code('2.1'), 2.5)).toBe('points_range');
    expect(scoreProblem(code('2.1'), 1.234)).toBe('two_decimals');
    expect(scoreProblem(code('1'), 1)).toBe('not_a_leaf');
    expect(pointsFor(code('1.1'), 1)).toBe(1);
    expect(pointsFor(code('1.2'), 75)).toBe(1);
    expect(pointsFor(code('2.2'), 0.5)).toBe(-0.5);
  });

  it('adds leaves up, deductions subtracting', () => {
    const points = new Map([
      ['1.1', 1],
      ['1.2', 2],
      ['2.1', 1.5],
      ['2.2', -0.5],
      ['3.1', 1.8],
    ]);
    expect(totalOf(SET, points)).toBe(5.8);
    expect(subtotals(SET, points).get('1')).toBe(3);
    expect(subtotals(SET, points).get('2')).toBe(1);
    expect(SET.totalPoints).toBe(10);
  });
});

describe('preScore', () => {
  it('pre-scores each data criterion from hand-counted figures, the calculation in words', () => {
    const tasks = preScore(code('1.2'), FACTS);
    // 30/40 = 75% → the step "từ 70%": 1 point.
    expect(tasks).toMatchObject({ source: 'tasks_done', value: 75, points: 1, percent: 75 });
    expect(tasks?.calculation).toBe(
      'Nhiệm vụ của kế hoạch đã hoàn thành 30/40 = 75,00%. → mức từ 70%: 1,00/2,00 điểm.',
    );
    const reports = preScore(code('1.3'), FACTS);
    // Due by 30/11: four; on time: Q1 and Q3 → 50%, in proportion of 2 points → 1.
    expect(reports).toMatchObject({ source: 'reports_on_time', percent: 50, points: 1 });
    expect(reports?.calculation).toContain('6 tháng/2026: hạn 08/06/2026, gửi 10/06/2026 (muộn)');
    expect(reports?.calculation).toContain('Tháng 10/2026: hạn 10/10/2026, chưa gửi');
    expect(reports?.calculation).not.toContain('Năm 2026');
    // 3/6 units inspected = 50% → a yes/no criterion is not met.
    expect(preScore(code('1.4'), FACTS)).toMatchObject({ value: 0, points: 0, percent: 50 });
    // 766: 87.5 of 100 on a 2-point scale → 1.75.
    expect(preScore(code('2.1'), FACTS)).toMatchObject({ value: 1.75, points: 1.75 });
    expect(preScore(code('1.1'), FACTS)).toBeNull();
  });

  it('says why the data cannot decide', () => {
    const none = preScore(code('1.3'), { ...FACTS, reports: [] });
    expect(none).toMatchObject({ value: null, points: null });
    expect(none?.calculation).toContain('Chưa có báo cáo định kỳ nào đến hạn');
  });
});

describe('projection, points lost and ranks', () => {
  const leaves = new Map<string, LeafPoints>([
    ['1.1', { pre: null, self: 1, appraised: null }],
    ['1.2', { pre: 1, self: null, appraised: null }],
    ['1.3', { pre: 1, self: 2, appraised: 1 }],
    ['2.1', { pre: 1.75, self: null, appraised: null }],
  ]);

  it('projects the survey at the share reached on the ward’s own criteria', () => {
    // Own: 1 + 1 + 1 (appraised) + 1.75 = 4.75 of 8 → survey 2 × 4.75/8 = 1.1875 → 5.94.
    expect(projectedScore(SET, leaves)).toEqual({ score: 5.94, surveyEstimated: true, own: 4.75 });
    const withSurvey = new Map([...leaves, ['3.1', { pre: null, self: null, appraised: 1.5 }]]);
    expect(projectedScore(SET, withSurvey)).toMatchObject({ score: 6.25, surveyEstimated: false });
    expect(finalScore(SET, withSurvey)).toBe(6.25);
  });

  it('lists the criteria that cost the most, ties in set order', () => {
    const lost = pointsLost(SET, effectivePoints(SET, leaves));
    // 1.4: 1 lost; 1.2: 1; 1.3: 1; 2.1: 0.25 → ties keep the set's order.
    expect(lost.map((l) => [l.code, l.lost])).toEqual([
      ['1.2', 1],
      ['1.3', 1],
      ['1.4', 1],
      ['2.1', 0.25],
    ]);
  });

  it('ranks wards in their block, ties sharing a rank', () => {
    const ranked = rankScores([
      { code: 'a', block: 'ward', score: 90.5 },
      { code: 'b', block: 'ward', score: 92 },
      { code: 'c', block: 'ward', score: 90.5 },
      { code: 'd', block: 'commune', score: 80 },
      { code: 'e', block: 'ward', score: null },
      { code: 'f', block: 'ward', score: 88 },
    ]);
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 2],
      ['d', 1],
      ['e', null],
      ['f', 4],
    ]);
  });
});
