import { describe, expect, it } from 'vitest';
import { normaliseSections, prefillReportSections, reportSectionKeys } from './sections.js';
import { emptyUnitReport, prefillUnitReport, shortContent, type UnitTaskLine } from './unit-form.js';

const line = (over: Partial<UnitTaskLine>): UnitTaskLine => ({
  no: 20,
  content: 'Xây dựng Kế hoạch kiểm soát thủ tục hành chính năm 2026.',
  areaCode: 'II.3',
  status: 'in_progress',
  progress: 60,
  dueDate: '2026-03-31',
  updates: [],
  ...over,
});

const AREAS = [
  { code: 'II.1', title: 'Công tác chỉ đạo, điều hành' },
  { code: 'II.2', title: 'Cải cách thể chế' },
  { code: 'II.3', title: 'Cải cách thủ tục hành chính' },
];

describe("a unit's report form", () => {
  it("is pre-filled with one result line per task updated in the window, under the task's area", () => {
    const content = prefillUnitReport(
      [
        line({
          updates: [
            { on: '2026-03-02', comment: 'Đã dự thảo kế hoạch', progressAfter: 60, statusAfter: 'in_progress' },
          ],
        }),
        line({
          no: 21,
          content: 'Niêm yết công khai TTHC',
          status: 'completed',
          updates: [{ on: '2026-03-03', comment: null, progressAfter: 100, statusAfter: null }],
        }),
        line({ no: 22, areaCode: 'II.2', updates: [] }),
      ],
      null,
    );
    expect(content.results).toEqual({
      'II.3':
        '- Nhiệm vụ 20 (Xây dựng Kế hoạch kiểm soát thủ tục hành chính năm 2026): đang thực hiện, đạt 60%. Đã dự thảo kế hoạch.\n' +
        '- Nhiệm vụ 21 (Niêm yết công khai TTHC): đã hoàn thành.',
    });
    expect(content.limits).toBe('');
  });

  it('lists the open tasks due in the next window as next period tasks', () => {
    const next = { start: '2026-03-09', end: '2026-06-08' };
    const content = prefillUnitReport(
      [line({}), line({ no: 23, dueDate: '2026-12-31' }), line({ no: 24, status: 'completed', dueDate: '2026-03-31' })],
      next,
    );
    expect(content.nextTasks).toBe(
      '- Nhiệm vụ 20 (Xây dựng Kế hoạch kiểm soát thủ tục hành chính năm 2026), hạn 31/03/2026.',
    );
  });

  it('shortens long task contents at a word', () => {
    const long = `${'rà soát '.repeat(40)}thủ tục`;
    const short = shortContent(long, 40);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(41);
  });
});

describe("the consolidated report's sections", () => {
  it('has part I, one section per area outside direction, then III–V', () => {
    expect(reportSectionKeys(AREAS)).toEqual([
      'direction',
      'inspection',
      'communication',
      'area:II.2',
      'area:II.3',
      'strengths',
      'limits',
      'causes',
      'nextTasks',
      'proposals',
    ]);
  });

  it("is pre-filled from the units' reports, unit after unit", () => {
    const vhxh = { ...emptyUnitReport(), results: { 'II.1': '- Ban hành kế hoạch.' }, limits: 'Thiếu nhân lực.' };
    const center = {
      ...emptyUnitReport(),
      results: { 'II.3': '- Rà soát 12 TTHC.', '': '- Việc khác.' },
      limits: 'Mạng chậm.',
      proposals: 'Bổ sung máy quét.',
    };
    const sections = prefillReportSections({
      areas: AREAS,
      submissions: [
        { unitName: 'Phòng VHXH', content: vhxh },
        { unitName: 'Trung tâm PVHCC', content: { ...center, nextTasks: '- Số hóa hồ sơ.\n- Rà soát quy trình.' } },
      ],
      communication: '- Đăng 3 tin bài.',
    });
    expect(sections).toMatchObject({
      direction: '- Ban hành kế hoạch.\n- Việc khác.',
      communication: '- Đăng 3 tin bài.',
      'area:II.2': '',
      'area:II.3': '- Rà soát 12 TTHC.',
      // Parts III–V name each unit before its text: a sentence on the name's line, a list under it.
      limits: 'Phòng VHXH: Thiếu nhân lực.\nTrung tâm PVHCC: Mạng chậm.',
      proposals: 'Trung tâm PVHCC: Bổ sung máy quét.',
      nextTasks: 'Trung tâm PVHCC:\n- Số hóa hồ sơ.\n- Rà soát quy trình.',
      strengths: '',
    });
    expect(Object.keys(normaliseSections(reportSectionKeys(AREAS), { extra: 'x', limits: 'y' }))).toEqual(
      reportSectionKeys(AREAS),
    );
  });
});
