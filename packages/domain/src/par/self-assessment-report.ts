// The ward's self-assessment report to the city (plan task 2): a Decree 30 report with the score of every
// criterion and, in the appendix, the list of its evidence.
import type { IsoDate } from '../clock.js';
import { heading, paragraph } from '../documents/blocks.js';
import type { DocumentBlock, DocumentIssuer, OfficialDocument, TableRow } from '../documents/types.js';
import { appendixTitleBlock, formatRecipients, reportSignature } from '../reports/build-report.js';
import { formatNumberVi } from '../vi-format.js';
import type { IndexKind } from './model.js';

/** One node as the report prints it. */
export interface ReportCriterion {
  label: string;
  title: string;
  level: number;
  maxPoints: number;
  /** The ward's points (its own or the data's); null for the survey part, which the city scores. */
  points: number | null;
  survey: boolean;
  /** How the points came: the pre-score's calculation, the override's reason, the ward's note. */
  note: string;
}

/** One evidence line of the appendix. */
export interface ReportEvidence {
  criterion: string;
  title: string;
  kindName: string;
  reference: string;
  unitName: string | null;
}

export interface SelfAssessmentReportInput {
  kind: IndexKind;
  year: number;
  issuer: DocumentIssuer;
  /** `Ủy ban nhân dân phường Hải Dương`, as the prose names the committee. */
  committee: string;
  place: string;
  date: IsoDate;
  setTitle: string;
  criteria: readonly ReportCriterion[];
  /** Points of the criteria the ward scores, and their maximum (the survey left out). */
  own: { points: number; max: number };
  surveyMax: number;
  lost: readonly { label: string; title: string; lost: number }[];
  evidence: readonly ReportEvidence[];
  recipients: readonly string[];
  archive: string;
  chairman: string | null;
}

const INDEX_NAMES: Record<IndexKind, string> = {
  par: 'Chỉ số cải cách hành chính',
  dti: 'Chỉ số chuyển đổi số (DTI)',
};

const pts = (value: number) => formatNumberVi(value);

function scoreTable(input: SelfAssessmentReportInput): DocumentBlock {
  const rows: TableRow[] = input.criteria.map((c) => [
    c.label,
    c.level === 1 ? c.title.toLocaleUpperCase('vi') : c.title,
    pts(c.maxPoints),
    c.survey ? 'Thành phố chấm' : c.points === null ? '' : pts(c.points),
    c.note,
  ]);
  return {
    kind: 'table',
    table: {
      title: 'Bảng điểm tự đánh giá',
      columns: [
        { title: 'STT', width: 6, align: 'center' },
        { title: 'Lĩnh vực, tiêu chí, tiêu chí thành phần', width: 40 },
        { title: 'Điểm tối đa', width: 10, align: 'center' },
        { title: 'Điểm tự đánh giá', width: 12, align: 'center' },
        { title: 'Cách tính, giải trình', width: 32 },
      ],
      rows,
      totals: ['', 'Tổng điểm tự đánh giá', pts(input.own.max), pts(input.own.points), ''],
    },
  };
}

function evidenceTable(input: SelfAssessmentReportInput): DocumentBlock {
  const rows: TableRow[] = input.evidence.map((e, i) => [
    i + 1,
    e.criterion,
    e.title,
    e.kindName,
    e.reference,
    e.unitName ?? 'Văn phòng HĐND và UBND',
  ]);
  return {
    kind: 'table',
    table: {
      title: 'DANH MỤC TÀI LIỆU KIỂM CHỨNG',
      columns: [
        { title: 'STT', width: 5, align: 'center' },
        { title: 'Tiêu chí', width: 8, align: 'center' },
        { title: 'Tên tài liệu', width: 40 },
        { title: 'Loại', width: 14 },
        { title: 'Số, ngày', width: 16 },
        { title: 'Đơn vị cung cấp', width: 17 },
      ],
      rows: rows.length > 0 ? rows : [{ group: 'Chưa có tài liệu kiểm chứng.' }],
    },
  };
}

function body(input: SelfAssessmentReportInput): DocumentBlock[] {
  const name = `${INDEX_NAMES[input.kind]} năm ${input.year}`;
  const lost = input.lost.map((l) => paragraph(`- Tiêu chí ${l.label} “${l.title}”: chưa đạt ${pts(l.lost)} điểm.`));
  return [
    paragraph(
      `Thực hiện ${input.setTitle}, ${input.committee} đã tổ chức tự đánh giá, chấm điểm ${name}; kết quả như sau:`,
    ),
    heading(1, 'I. KẾT QUẢ TỰ ĐÁNH GIÁ'),
    paragraph(
      `Tổng điểm tự đánh giá: ${pts(input.own.points)}/${pts(input.own.max)} điểm` +
        (input.surveyMax > 0
          ? ` (chưa gồm ${pts(input.surveyMax)} điểm điều tra xã hội học do Thành phố đánh giá).`
          : '.'),
    ),
    scoreTable(input),
    heading(1, 'II. NHỮNG TIÊU CHÍ CHƯA ĐẠT ĐIỂM TỐI ĐA'),
    ...(lost.length > 0 ? lost : [paragraph('Các tiêu chí tự đánh giá đều đạt điểm tối đa.')]),
    heading(1, 'III. TÀI LIỆU KIỂM CHỨNG'),
    paragraph(`Danh mục ${input.evidence.length} tài liệu kiểm chứng kèm theo tại Phụ lục.`),
    paragraph(`Trên đây là báo cáo kết quả tự đánh giá, chấm điểm ${name} của ${input.committee}./.`),
  ];
}

/**
 * The self-assessment report: `BÁO CÁO` on the subject `Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính
 * năm 2026`, the score table, the criteria that lost points, the chairman's signature, and the evidence list in
 * the appendix, which names the report it belongs to.
 */
export function buildSelfAssessmentReport(input: SelfAssessmentReportInput): OfficialDocument {
  return {
    issuer: input.issuer,
    numbering: { number: null, typeCode: 'BC', issuerCode: 'UBND' },
    place: input.place,
    date: input.date,
    title: 'BÁO CÁO',
    subject: `Kết quả tự đánh giá, chấm điểm ${INDEX_NAMES[input.kind]} năm ${input.year}`,
    body: body(input),
    recipients: formatRecipients(input.recipients, input.archive),
    signature: reportSignature({ mode: 'chairman', name: input.chairman }),
    appendix: [
      {
        kind: 'landscape',
        blocks: [
          ...appendixTitleBlock({ number: null, date: input.date, committee: input.committee }),
          evidenceTable(input),
        ],
      },
    ],
  };
}
