import type { IsoDate } from '../clock.js';
import { bullet, heading, paragraph } from '../documents/blocks.js';
import { formatVietnameseDate } from '../documents/format.js';
import type {
  DocumentBlock,
  DocumentIssuer,
  DocumentNumbering,
  OfficialDocument,
  Signature,
} from '../documents/types.js';
import {
  FINDING_SEVERITIES,
  FINDING_SEVERITY_NAMES,
  type FindingSeverity,
  SELF_ASSESSMENT_RESULT_NAMES,
  SELF_INSPECTION_AREA_NAMES,
  type SelfAssessmentItem,
} from './types.js';

/** A finding as the notice lists it. */
export interface NoticeFinding {
  severity: FindingSeverity;
  text: string;
}

/** A follow-up action as the notice requires it. */
export interface NoticeFollowUp {
  action: string;
  /** The unit or person who answers for it. */
  owner: string;
  dueDate: IsoDate;
}

/** Everything the conclusion notice (thông báo kết luận kiểm tra) of one unit's inspection says. */
export interface ConclusionNoticeInput {
  issuer: DocumentIssuer;
  place: string;
  /** `TB` / `UBND`; the number is null until the registry assigns it. */
  numbering: DocumentNumbering;
  issuedOn: IsoDate;
  /** The inspection plan's title and, when numbered, its number and symbol (`15/KH-UBND`). */
  plan: { title: string; reference: string | null; year: number };
  unitName: string;
  inspectedFrom: IsoDate;
  inspectedTo: IsoDate;
  scope: string;
  team: readonly string[];
  selfAssessment: readonly SelfAssessmentItem[];
  /** The team's overall assessment, in its own words. */
  conclusion: string;
  findings: readonly NoticeFinding[];
  followUps: readonly NoticeFollowUp[];
  signature: Signature;
  /** Default: the unit, the PAR focal point, the archive. */
  recipients?: readonly string[];
}

function opening(input: ConclusionNoticeInput): DocumentBlock[] {
  const plan = input.plan.reference ? `Kế hoạch số ${input.plan.reference}` : 'Kế hoạch';
  const from = formatVietnameseDate(input.inspectedFrom);
  const to = formatVietnameseDate(input.inspectedTo);
  const when = input.inspectedFrom === input.inspectedTo ? `Vào ${from}` : `Từ ${from} đến ${to}`;
  return [
    paragraph(
      `Thực hiện ${plan} ${input.plan.title}, ${when.toLowerCase()}, Đoàn kiểm tra của Ủy ban nhân dân phường ` +
        `đã kiểm tra công tác cải cách hành chính năm ${input.plan.year} tại ${input.unitName}.`,
    ),
    paragraph(`Nội dung, phạm vi kiểm tra: ${input.scope}`),
    ...(input.team.length ? [paragraph('Thành phần Đoàn kiểm tra:'), ...input.team.map((m) => bullet(`${m};`))] : []),
    paragraph('Ủy ban nhân dân phường thông báo kết luận kiểm tra như sau:'),
  ];
}

function selfAssessmentSection(items: readonly SelfAssessmentItem[]): DocumentBlock[] {
  if (items.length === 0) return [paragraph('Đơn vị chưa gửi báo cáo tự kiểm tra.')];
  return [
    {
      kind: 'table',
      table: {
        columns: [
          { title: 'TT', width: 1, align: 'center' },
          { title: 'Nội dung', width: 6 },
          { title: 'Kết quả tự đánh giá', width: 3 },
          { title: 'Ghi chú', width: 4 },
        ],
        rows: items.map((item, i) => [
          i + 1,
          SELF_INSPECTION_AREA_NAMES[item.area],
          SELF_ASSESSMENT_RESULT_NAMES[item.result],
          item.note,
        ]),
      },
    },
  ];
}

function findingsSection(findings: readonly NoticeFinding[]): DocumentBlock[] {
  if (findings.length === 0) return [paragraph('Không phát hiện tồn tại, hạn chế.')];
  return FINDING_SEVERITIES.flatMap((severity) => {
    const items = findings.filter((f) => f.severity === severity);
    return items.length ? [paragraph(`${FINDING_SEVERITY_NAMES[severity]}:`), ...items.map((f) => bullet(f.text))] : [];
  });
}

function followUpSection(followUps: readonly NoticeFollowUp[]): DocumentBlock[] {
  if (followUps.length === 0) return [paragraph('Không có nội dung phải khắc phục.')];
  return [
    {
      kind: 'table',
      table: {
        columns: [
          { title: 'TT', width: 1, align: 'center' },
          { title: 'Nội dung khắc phục', width: 7 },
          { title: 'Đơn vị, người thực hiện', width: 4 },
          { title: 'Thời hạn', width: 2, align: 'center' },
        ],
        rows: followUps.map((f, i) => [i + 1, f.action, f.owner, f.dueDate.split('-').reverse().join('/')]),
      },
    },
  ];
}

/**
 * The conclusion notice of one unit's self-inspection as a Decree 30 document (TB, signed for the committee):
 * what was inspected and by whom, the unit's own assessment, the team's conclusion and findings by severity,
 * and the follow-up actions with owners and deadlines.
 */
export function buildConclusionNotice(input: ConclusionNoticeInput): OfficialDocument {
  const body: DocumentBlock[] = [
    ...opening(input),
    heading(1, 'I. KẾT QUẢ TỰ KIỂM TRA CỦA ĐƠN VỊ'),
    ...selfAssessmentSection(input.selfAssessment),
    heading(1, 'II. KẾT LUẬN KIỂM TRA'),
    paragraph(input.conclusion),
    ...findingsSection(input.findings),
    heading(1, 'III. YÊU CẦU KHẮC PHỤC'),
    ...followUpSection(input.followUps),
    paragraph(`Ủy ban nhân dân phường thông báo để ${input.unitName} biết, thực hiện và báo cáo kết quả khắc phục./.`),
  ];
  return {
    issuer: input.issuer,
    numbering: input.numbering,
    place: input.place,
    date: input.issuedOn,
    title: 'THÔNG BÁO',
    subject: `Kết luận kiểm tra công tác cải cách hành chính năm ${input.plan.year} tại ${input.unitName}`,
    body,
    recipients: input.recipients ?? [`- ${input.unitName};`, '- Phòng Văn hóa - Xã hội;', '- Lưu: VT.'],
    signature: input.signature,
  };
}
