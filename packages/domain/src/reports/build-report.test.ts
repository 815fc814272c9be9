import { describe, expect, it } from 'vitest';
import type { DocumentBlock, DocumentTable, TableRow } from '../documents/types.js';
import { emptyCounts } from '../indicators/processing-counts.js';
import {
  buildPeriodicReport,
  defaultReportRecipients,
  formatRecipients,
  type PeriodicReportInput,
  textBlocks,
} from './build-report.js';
import { planName } from './figure-text.js';
import { APPENDIX_TITLES, reportTables } from './report-tables.js';
import { sampleFigures } from './test-support/figures.js';

const input = (over: Partial<PeriodicReportInput> = {}): PeriodicReportInput => ({
  issuer: { parent: 'ỦY BAN NHÂN DÂN', name: 'PHƯỜNG HẢI DƯƠNG' },
  committee: 'Ủy ban nhân dân phường Hải Dương',
  place: 'Hải Dương',
  date: '2026-03-05',
  number: null,
  year: 2026,
  period: 'Q1',
  figures: sampleFigures(),
  sections: {
    limits: 'Một số đơn vị cập nhật tiến độ chậm.\n- Chưa số hóa hết hồ sơ',
    'area:II.3': 'Đã rà soát 12 thủ tục.',
  },
  ...defaultReportRecipients('thành phố Hải Phòng'),
  signer: { mode: 'chairman', name: 'Phạm Thị Thanh Vân' },
  ...over,
});

const text = (block: DocumentBlock): string => {
  if (block.kind === 'heading') return block.text;
  if (block.kind === 'paragraph' || block.kind === 'bullet')
    return typeof block.text === 'string' ? block.text : block.text.map((s) => s.text).join('');
  return '';
};
const headings = (blocks: readonly DocumentBlock[]) => blocks.filter((b) => b.kind === 'heading').map(text);
const bodyRows = (table: DocumentTable) =>
  table.rows.filter((r): r is readonly (string | number | null)[] => !('group' in r));

const EMPTY_MEASURE = { comparator: '>=', target: 90, unit: '%', value: null } as const;

describe('the consolidated report', () => {
  it('has the Decree 30 header parts: unnumbered BC-UBND, place and date, title and subject', () => {
    const doc = buildPeriodicReport(input());
    expect(doc.numbering).toEqual({ number: null, typeCode: 'BC', issuerCode: 'UBND' });
    expect([doc.place, doc.date, doc.title, doc.subject]).toEqual([
      'Hải Dương',
      '2026-03-05',
      'BÁO CÁO',
      'Kết quả thực hiện công tác cải cách hành chính quý I năm 2026',
    ]);
    expect(doc.signature).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Phạm Thị Thanh Vân' });
    expect(buildPeriodicReport(input({ signer: { mode: 'vice_chairman', name: null } })).signature).toMatchObject({
      authority: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
    });
    expect(doc.recipients).toEqual([
      '- UBND thành phố Hải Phòng;',
      '- Sở Nội vụ thành phố Hải Phòng;',
      '- TT Đảng ủy, TT HĐND phường;',
      '- CT, các PCT UBND phường;',
      '- Lưu: VT, VHXH.',
    ]);
  });

  it('follows the outline of docs/DOMAIN.md §7; the direction area goes to part I, the others to part II', () => {
    expect(headings(buildPeriodicReport(input()).body)).toEqual([
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH',
      '1. Ban hành và tổ chức thực hiện Kế hoạch cải cách hành chính',
      '2. Công tác kiểm tra cải cách hành chính',
      '3. Công tác thông tin, tuyên truyền cải cách hành chính',
      'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      '1. Cải cách thể chế',
      '2. Cải cách thủ tục hành chính',
      'III. ĐÁNH GIÁ CHUNG',
      // Only the sub-parts with text: the units wrote limits, nobody wrote strengths or causes yet.
      '1. Hạn chế, tồn tại',
      'IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    const empty = buildPeriodicReport(input({ sections: {} })).body;
    expect(headings(empty).filter((h) => /^\d\. (Ưu điểm|Hạn chế|Nguyên nhân)/.test(h))).toHaveLength(3);
    expect(empty.map(text)).toContain('Không có đề xuất, kiến nghị.');
  });

  it('prints the figures of the snapshot in the text, and the edited sections after them', () => {
    const body = buildPeriodicReport(input()).body.map(text);
    expect(body[0]).toBe(
      'Thực hiện Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026, Ủy ban nhân dân phường Hải Dương ' +
        'báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2026 (số liệu từ ngày 15/12/2025 đến ngày ' +
        '08/03/2026) như sau:',
    );
    expect(body).toContain(
      'Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026 có 4 nhiệm vụ. Tính đến ngày 05/03/2026, đã ' +
        'hoàn thành 1 (đúng hạn 1, quá hạn 0); đang thực hiện 2; chưa triển khai 1; quá hạn chưa hoàn thành 1; tỷ lệ ' +
        'hoàn thành 25%.',
    );
    expect(body).toContain('Số nhiệm vụ đã đến hạn: 2; hoàn thành đúng hạn 1/2 (50%).');
    expect(body).toContain('Kế hoạch không giao nhiệm vụ cụ thể trong lĩnh vực này.');
    const procedures = body.indexOf('2. Cải cách thủ tục hành chính');
    expect(body.slice(procedures + 1, procedures + 3)).toEqual([
      'Tổng số 2 nhiệm vụ: đã hoàn thành 0 (đúng hạn 0, quá hạn 0); đang thực hiện 1; chưa triển khai 1.',
      'Đã rà soát 12 thủ tục.',
    ]);
    const limits = body.indexOf('1. Hạn chế, tồn tại');
    expect(body.slice(limits + 1, limits + 3)).toEqual([
      'Một số đơn vị cập nhật tiến độ chậm.',
      'Chưa số hóa hết hồ sơ',
    ]);
    expect(body.at(-1)).toBe(
      'Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2026 của Ủy ban nhân dân phường Hải Dương./.',
    );
  });

  it('leaves the one-stop, feedback and inspection parts out until their modules provide figures', () => {
    const without = buildPeriodicReport(input()).body.map(text).join('\n');
    expect(without).not.toMatch(/hồ sơ nhận giải quyết|phản ánh, kiến nghị|cuộc kiểm tra/);
    const total = {
      ...emptyCounts(),
      received: 10,
      online: 6,
      inPersonOrPost: 3,
      carriedOver: 1,
      processed: 8,
      early: 5,
      onTime: 2,
      late: 1,
      processing: 2,
      withinDeadline: 2,
    };
    const figures = sampleFigures({
      oneStop: {
        processing: { rows: [{ label: 'Hộ tịch', counts: total }], total },
        index766: { from: '2026-01-01', to: '2026-03-31', total: 86.5, bandName: 'Tốt', groups: [] },
        apologies: 1,
        onlinePayment: { numerator: 4, denominator: 5, rate: 80 },
      },
      feedback: {
        received: 3,
        byCategory: { procedure: 2, staff: 1 },
        published: 2,
        onTime: { numerator: 2, denominator: 3, rate: 66.67 },
        satisfaction: { numerator: 3, denominator: 3, rate: 100 },
      },
      inspections: { concluded: 2, unitsInspected: 2, unitsTotal: 8, rate: 25 },
    });
    const body = buildPeriodicReport(input({ figures })).body.map(text);
    expect(body).toContain(
      'Tổng số hồ sơ nhận giải quyết: 10 (trực tuyến 6; trực tiếp, dịch vụ bưu chính 3; từ kỳ trước chuyển qua 1). ' +
        'Đã giải quyết 8 (trước hạn 5, đúng hạn 2, quá hạn 1); đang giải quyết 2 (trong hạn 2, quá hạn 0). Chi tiết tại ' +
        'Biểu II.06a kèm theo.',
    );
    expect(body).toContain('Hồ sơ thanh toán trực tuyến: 4/5 (80%).');
    expect(body).toContain(
      'Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định số 766/QĐ-TTg, kỳ đánh giá quý I/2026, từ ngày ' +
        '01/01/2026 đến ngày 31/03/2026: đạt 86,5/100 điểm, xếp loại Tốt.',
    );
    expect(body).toContain(
      'Tiếp nhận 3 phản ánh, kiến nghị (2 về thủ tục hành chính, 1 về thái độ, hành vi của cán bộ, công chức); đã ' +
        'công khai kết quả 2; xử lý đúng hạn 2/3 (66,67%); hài lòng với việc xử lý 3/3 (100%).',
    );
    expect(body).toContain(
      'Trong kỳ, đã kết luận 2 cuộc kiểm tra công tác cải cách hành chính; từ đầu năm, 2/8 phòng, đơn vị đã được kiểm tra (25%).',
    );
    expect(reportTables(figures).map((t) => t.title)).toContain(APPENDIX_TITLES.processing);
  });

  it('puts the appendix tables on landscape pages: areas with totals, targets, tasks grouped by area', () => {
    const doc = buildPeriodicReport(input());
    const [landscape] = doc.appendix ?? [];
    expect(landscape?.kind).toBe('landscape');
    // Decree 30: the appendix names the report it belongs to, with `…` while the report has no number.
    const blocks = landscape?.kind === 'landscape' ? landscape.blocks : [];
    expect(blocks.slice(0, 2).map(text)).toEqual([
      'PHỤ LỤC',
      '(Kèm theo Báo cáo số …/BC-UBND ngày 05/03/2026 của Ủy ban nhân dân phường Hải Dương)',
    ]);
    const numbered = buildPeriodicReport(input({ number: '45/BC-UBND' }));
    const numberedBlocks = numbered.appendix?.[0]?.kind === 'landscape' ? numbered.appendix[0].blocks : [];
    expect(text(numberedBlocks[1] as DocumentBlock)).toContain('Báo cáo số 45/BC-UBND ngày');
    const [areas, targets, tasks] = reportTables(sampleFigures());
    expect(areas?.title).toBe(APPENDIX_TITLES.areas);
    expect(bodyRows(areas as DocumentTable)).toEqual([
      [1, 'Công tác chỉ đạo, điều hành', 2, 1, 0, 1, 0, 1, 0, 50],
      [2, 'Cải cách thể chế', 0, 0, 0, 0, 0, 0, 0, null],
      [3, 'Cải cách thủ tục hành chính', 2, 0, 0, 1, 1, 0, 0, 0],
    ]);
    expect(areas?.totals).toEqual(['', 'Tổng cộng', 4, 1, 0, 2, 1, 1, 0, 25]);
    expect(bodyRows(targets as DocumentTable)).toEqual([
      ['a', '100% nhiệm vụ hoàn thành đúng hạn', '50% (1/2)', 'Có nguy cơ không đạt'],
      ['b', 'Chỉ số CCHC trong nhóm 15', 'Chưa có số liệu', 'Đang thực hiện'],
    ]);
    // A target whose two measures both lack data says so once.
    const twoEmpty = reportTables({
      ...sampleFigures(),
      targets: [{ code: 'c', text: 'Hai số đo', status: 'in_progress', measures: [EMPTY_MEASURE, EMPTY_MEASURE] }],
    })[1] as DocumentTable;
    expect(bodyRows(twoEmpty)[0]?.[2]).toBe('Chưa có số liệu');
    const rows = (tasks as DocumentTable).rows as TableRow[];
    expect(rows[0]).toEqual({ group: 'Công tác chỉ đạo, điều hành' });
    expect(rows[2]).toEqual([2, 'Kiểm tra công tác CCHC', 'VHXH', 'Quý I/2026', 'đang thực hiện (40%)']);
    expect(rows[3]).toEqual({ group: 'Cải cách thủ tục hành chính' });
  });
});

describe('plan names', () => {
  it('says "Kế hoạch" once, whether or not the stored title starts with it', () => {
    expect(planName('Cải cách hành chính năm 2026')).toBe('Kế hoạch Cải cách hành chính năm 2026');
    expect(planName('Kế hoạch Cải cách hành chính năm 2026')).toBe('Kế hoạch Cải cách hành chính năm 2026');
  });
});

describe('section text', () => {
  it('turns lines into paragraphs and dash lines into bullets, skipping blank lines', () => {
    expect(textBlocks('Đoạn một.\n\n- Ý một;\n+ Ý hai\n')).toEqual([
      { kind: 'paragraph', text: 'Đoạn một.' },
      { kind: 'bullet', text: 'Ý một;' },
      { kind: 'bullet', text: 'Ý hai' },
    ]);
    expect(textBlocks(undefined)).toEqual([]);
  });

  it('formats recipients with their punctuation whatever was typed', () => {
    expect(formatRecipients(['Sở Nội vụ;', 'UBND thành phố.'], 'VT, VHXH.')).toEqual([
      '- Sở Nội vụ;',
      '- UBND thành phố;',
      '- Lưu: VT, VHXH.',
    ]);
  });
});
