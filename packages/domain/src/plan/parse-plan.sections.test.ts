import { describe, expect, it } from 'vitest';
import { parseWithDefaultUnits, SEED_TEXT } from './test-support/seed.js';

const result = parseWithDefaultUnits(SEED_TEXT);

describe('parsePlanText on the seed: header', () => {
  it('reads the decision heading, the unnumbered number and the signature', () => {
    expect(result.year).toBe(2026);
    expect(result.header).toEqual({
      issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG HẢI DƯƠNG',
      number: null,
      symbol: 'QĐ-UBND',
      place: 'Hải Dương',
      date: '2026-01-12',
      documentType: 'QUYẾT ĐỊNH',
      subject: 'Ban hành Kế hoạch Cải cách hành chính nhà nước Phường Hải Dương năm 2026',
      signer: 'Phạm Thị Thanh Vân',
      signerTitle: 'CHỦ TỊCH',
      title: 'Cải cách hành chính nhà nước phường Hải Dương năm 2026',
      recipients: [
        'Như Điều 3',
        'Sở Nội vụ',
        'Văn phòng UBND thành phố',
        'TT Đảng uỷ - TT HĐND phường',
        'CT, các PCT UBND phường',
        'Ban Chỉ đạo CCHC phường',
        'Công thông tin điện tử phường',
      ],
      archive: 'VT, VHXX',
    });
  });
});

describe('parsePlanText on the seed: purposes and targets', () => {
  it('reads the four purposes of I.1', () => {
    expect(result.purposes).toHaveLength(4);
    expect(result.purposes[0]).toMatch(/^Công tác cải cách hành chính tiếp tục/);
  });

  it('reads the seven targets a to f with their measures', () => {
    const measures = Object.fromEntries(
      result.targets.map((t) => [t.code, t.measures.map((m) => [m.metric, m.comparator, m.value, m.unit, m.source])]),
    );
    expect(result.targets.map((t) => t.code)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'f']);
    expect(measures).toEqual({
      a: [
        ['par_index_rank', '<=', 15, 'rank', 'entered'],
        ['dti_rank', '<=', 20, 'rank', 'entered'],
      ],
      b: [['city_tasks_completed', '>=', 100, '%', 'computed']],
      c: [['plan_tasks_completed_on_time', '>=', 100, '%', 'computed']],
      d: [
        ['budget_revenue', '>', 100, '%', 'entered'],
        ['investment_attracted', '>', 100, '%', 'entered'],
      ],
      đ: [['units_self_inspected', '>=', 100, '%', 'computed']],
      e: [['dossiers_tracked', '>=', 100, '%', 'computed']],
      f: [
        ['satisfaction', '>=', 90, '%', 'computed'],
        ['sipas_satisfaction', '>=', 90, '%', 'entered'],
        ['health_education_satisfaction', '>=', 90, '%', 'entered'],
      ],
    });
  });

  it('says what revenue, investment and ranks are measured against', () => {
    const [a, , , d] = result.targets;
    expect(a?.measures.map((m) => m.scope)).toEqual(['ward_block', 'ward_block']);
    expect(d?.measures.map((m) => m.baseline)).toEqual(['city_target', 'year_2025']);
  });
});

describe('parsePlanText on the seed: areas, budget, duties', () => {
  it('reads the reform areas II.1 to II.7 with their lettered items', () => {
    expect(result.areas.map((a) => [a.code, a.title, a.items.map((i) => i.letter).join('')])).toEqual([
      ['II.1', 'Công tác chỉ đạo, điều hành', 'abcdđ'],
      ['II.2', 'Cải cách thể chế', 'abcd'],
      ['II.3', 'Cải cách thủ tục hành chính', 'abcdđe'],
      ['II.4', 'Cải cách tổ chức bộ máy', 'abcd'],
      ['II.5', 'Cải cách chế độ công vụ', 'abcdef'],
      ['II.6', 'Cải cách tài chính công', 'ab'],
      ['II.7', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', 'abcdđe'],
    ]);
  });

  it('joins prose split by a page break, inside a word or between words', () => {
    const text = (code: string, letter: string) =>
      result.areas.find((a) => a.code === code)?.items.find((i) => i.letter === letter)?.text ?? '';
    expect(text('II.6', 'a')).toContain('gắn với nhiệm vụ được giao và sản phẩm đầu ra');
    expect(text('II.6', 'a')).toContain('cho các cơ quan, đơn vị sự nghiệp công lập');
    expect(text('II.2', 'b')).toContain('lấy ý kiến Nhân dân, tăng cường tham vấn');
  });

  it('reads the budget', () => {
    expect(result.budget).toBe(
      'Kinh phí thực hiện Kế hoạch được bố trí trong nguồn kinh phí cải cách hành chính nhà nước năm 2026 của phường.',
    );
  });

  it('reads the general duties of IV.1', () => {
    expect(result.generalResponsibilities.map((r) => r.letter)).toEqual(['a', 'b', 'c']);
    expect(result.generalResponsibilities[1]?.text).toContain('phương thức chỉ đạo, điều hành công tác cải cách');
  });

  it('reads the duties of each unit in IV.2, letters as written, and the areas each unit leads', () => {
    const rows = result.responsibilities.map((r) => [r.code, r.unit.unitCodes, r.items.length, r.areas]);
    expect(rows).toEqual([
      ['IV.2.a', ['VHXH'], 4, ['II.1', 'II.4', 'II.5', 'II.7']],
      ['IV.2.b', ['VP'], 3, ['II.2']],
      ['IV.2.c', ['TTPVHCC'], 1, ['II.3']],
      ['IV.2.d', ['KTHTDT'], 3, ['II.6']],
      ['IV.2.e', [], 1, []],
      ['IV.2.h', ['TTDVSNC', 'DTT'], 2, []],
      ['IV.2.i', [], 1, []],
      ['IV.2.j', [], 1, []],
    ]);
    const [, , , , e, h] = result.responsibilities;
    expect(e?.unit.group).toMatch(/^Các phòng, đơn vị được giao các nhiệm vụ/);
    expect(e?.items[0]?.text).toMatch(/^tập trung tham mưu/);
    expect(h?.unit.unknown).toEqual(['Cổng Thông tin điện tử phường']);
  });
});

describe('parsePlanText on the seed: reports and prose deadlines', () => {
  it('sets the report due dates of IV.1.c: the 8th, the day before the 9th', () => {
    expect(result.reports).toEqual([
      { period: 'Q1', due: '2026-03-08', source: 'IV.1.c' },
      { period: 'H1', due: '2026-06-08', source: 'IV.1.c' },
      { period: 'Q3', due: '2026-09-08', source: 'IV.1.c' },
      { period: 'Y', due: '2026-12-08', source: 'IV.1.c' },
    ]);
    expect(result.reportRecipient?.unitCodes).toEqual(['VHXH']);
  });

  it('takes the PAR budget approval of IV.2.d as a task due in Q1', () => {
    expect(result.extraTasks).toHaveLength(1);
    const [budget] = result.extraTasks;
    expect(budget?.source).toBe('IV.2.d');
    expect(budget?.content).toMatch(/^Chủ trì, phối hợp với phòng Văn hoá – Xã hội.*phê duyệt kinh phí/);
    expect(budget?.lead.unitCodes).toEqual(['KTHTDT']);
    expect(budget?.coordinators.unitCodes).toEqual(['VHXH', 'VP']);
    expect(budget?.timeframe).toEqual({
      text: 'trong Quý I/2026',
      kind: 'quarter',
      start: '2026-01-01',
      due: '2026-03-31',
    });
  });
});
