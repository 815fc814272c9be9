import { describe, expect, it } from 'vitest';
import { areasOf, leavesOf } from './model.js';
import { parseCriteriaRows } from './parse-criteria.js';
import { parseThresholds, pointsOfRatio } from './thresholds.js';

// A small set as a province lays it out: a title block, two header rows, parts A/B, areas "1", criteria "1.1",
// sub-criteria "a)", levels written as "-" lines, a deduction and a total row.
const ROWS: string[][] = [
  ['UBND THÀNH PHỐ HẢI PHÒNG', '', '', ''],
  ['BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CẤP XÃ NĂM 2026', '', '', ''],
  ['', '', '', ''],
  ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm', '', 'Hướng dẫn chấm'],
  ['', '', 'Tối đa', 'Tự chấm', ''],
  ['A', 'ĐIỂM TỰ ĐÁNH GIÁ', '', '', ''],
  ['1', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', '6', '', ''],
  ['1.1', 'Kế hoạch CCHC năm', '3', '', ''],
  ['a)', 'Ban hành kế hoạch CCHC năm kịp thời', '1', '', 'Có: 1 điểm; Không: 0 điểm'],
  ['b)', 'Mức độ hoàn thành kế hoạch CCHC năm', '2', '', ''],
  ['-', 'Hoàn thành 100% kế hoạch', '2', '', ''],
  ['-', 'Hoàn thành từ 80% đến dưới 100% kế hoạch', '1', '', ''],
  ['-', 'Hoàn thành dưới 80% kế hoạch', '0', '', ''],
  ['1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ đúng thời hạn', '1', '', 'Đúng hạn 100%: 1 điểm; dưới 100%: 0 điểm'],
  [
    '1.3',
    'Tỷ lệ đơn vị được kiểm tra CCHC trong năm',
    '2',
    '',
    'Từ 30% trở lên: 2 điểm; từ 20% đến dưới 30%: 1 điểm; dưới 20%: 0',
  ],
  ['2', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', '4', '', ''],
  [
    '2.1',
    'Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766)',
    '2',
    '',
    'Trên 90%: 2 điểm; từ 80% đến 90%: 1 điểm',
  ],
  ['2.2', 'Công khai thủ tục hành chính đầy đủ', '2', '', 'Chấm từ 0 đến 2 điểm'],
  ['', 'Điểm trừ: để xảy ra sai phạm bị xử lý', '-2', '', ''],
  ['B', 'ĐIỂM ĐIỀU TRA XÃ HỘI HỌC', '', '', ''],
  ['3', 'Mức độ hài lòng của người dân', '5', '', ''],
  ['', 'TỔNG CỘNG', '15', '', ''],
];

describe('parseCriteriaRows', () => {
  const parsed = parseCriteriaRows(ROWS);
  const byCode = new Map(parsed.criteria.map((c) => [c.code, c]));

  it('finds the title, the year and a two-row header', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.title).toBe('BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CẤP XÃ NĂM 2026');
    expect(parsed.year).toBe(2026);
  });

  it('builds areas → criteria → sub-criteria and folds "-" levels into their criterion', () => {
    expect(areasOf(parsed).map((a) => a.code)).toEqual(['1', '2', 'B.3']);
    expect(leavesOf(parsed).map((c) => c.code)).toEqual(['1.1.a', '1.1.b', '1.2', '1.3', '2.1', '2.2', '2.t1', 'B.3']);
    expect(byCode.get('1.1.b')?.method).toBe('ratio');
    expect(byCode.get('1.1.b')?.thresholds.map((t) => [t.min, t.points])).toEqual([
      [100, 2],
      [80, 1],
      [0, 0],
    ]);
  });

  it('reads methods, sources and maxima', () => {
    expect(byCode.get('1.1.a')?.method).toBe('yes_no');
    expect(byCode.get('1.1.a')?.source).toBeNull();
    expect(byCode.get('1.1.b')?.source).toBe('tasks_done');
    expect(byCode.get('1.2')?.source).toBe('reports_on_time');
    expect(byCode.get('1.3')?.source).toBe('inspection_coverage');
    expect(byCode.get('2.1')?.source).toBe('indicators_766');
    expect(byCode.get('2.1')?.thresholds[0]).toEqual({ min: 90, exclusive: true, points: 2 });
    expect(byCode.get('2.2')?.method).toBe('scale');
    // The unnumbered deduction row sits in its area, with its points positive.
    expect(byCode.get('2.t1')).toMatchObject({ method: 'deduction', maxPoints: 2 });
    expect(byCode.get('B.3')).toMatchObject({ survey: true, method: 'survey', maxPoints: 5 });
    // Areas 1 (6) + 2 (4) + survey 3 (5) = 15; the deduction is not part of the maximum.
    expect(parsed.totalPoints).toBe(15);
  });

  it('refuses a sheet without a header and a maximum that is not a number, by row', () => {
    expect(parseCriteriaRows([['a', 'b']]).problems[0]?.field).toBe('file');
    const bad = parseCriteriaRows([
      ['TT', 'Nội dung tiêu chí', 'Điểm tối đa'],
      ['1', 'Lĩnh vực', 'mười'],
      ['1.1', 'Tiêu chí', ''],
    ]);
    expect(bad.problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'maxPoints'],
      [3, 'maxPoints'],
    ]);
  });

  it('reads numbers written in the title when the sheet has no number column', () => {
    const set = parseCriteriaRows([
      ['Nội dung', 'Điểm chuẩn'],
      ['I. CÔNG TÁC CHỈ ĐẠO', ''],
      ['1. Kế hoạch năm', '2'],
      ['2. Báo cáo định kỳ đúng hạn', '1'],
      ['II. THỂ CHẾ', '1'],
    ]);
    expect(set.criteria.map((c) => [c.code, c.level, c.maxPoints])).toEqual([
      ['1', 1, 3],
      ['1.1', 2, 2],
      ['1.2', 2, 1],
      ['2', 1, 1],
    ]);
  });
});

describe('thresholds', () => {
  it('reads steps from prose, highest first, and scores a value by them', () => {
    const steps = parseThresholds('Đạt 100%: 2 điểm; từ 80% đến dưới 100%: 1,5 điểm; dưới 80%: 0 điểm');
    expect(steps).toEqual([
      { min: 100, exclusive: false, points: 2 },
      { min: 80, exclusive: false, points: 1.5 },
      { min: 0, exclusive: false, points: 0 },
    ]);
    expect(pointsOfRatio(100, 2, steps)).toBe(2);
    expect(pointsOfRatio(99.99, 2, steps)).toBe(1.5);
    expect(pointsOfRatio(79, 2, steps)).toBe(0);
    // No steps: the maximum in proportion.
    expect(pointsOfRatio(75, 2, [])).toBe(1.5);
  });
});

describe('sourceOf', () => {
  it('names the figure by the words of other provinces, and leaves look-alikes alone', async () => {
    const { sourceOf } = await import('./classify.js');
    expect(sourceOf('Thực hiện chế độ báo cáo định kỳ về CCHC')).toBe('reports_on_time');
    expect(sourceOf('Tỷ lệ hoàn thành nhiệm vụ đề ra trong kế hoạch CCHC năm')).toBe('tasks_done');
    expect(sourceOf('Kết quả Bộ chỉ số 766')).toBe('indicators_766');
    expect(sourceOf('Tỷ lệ cơ quan, đơn vị được kiểm tra công tác CCHC')).toBe('inspection_coverage');
    expect(sourceOf('Ban hành kế hoạch CCHC năm')).toBeNull();
    expect(sourceOf('Ban hành kế hoạch kiểm tra CCHC')).toBeNull();
    expect(sourceOf('Tỷ lệ văn bản QPPL được kiểm tra, rà soát')).toBeNull();
    expect(sourceOf('Tiêu chí khác', 'Báo cáo đúng hạn')).toBe('reports_on_time');
    expect(sourceOf('Tiêu chí khác', 'tasks_done')).toBe('tasks_done');
  });
});
