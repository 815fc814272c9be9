// The consolidated periodic PAR report as an official document (docs/DOMAIN.md §6 format, §7 outline): figures printed
// from the snapshot, texts from the edited sections, the appendix tables on landscape pages.
import type { IsoDate } from '../clock.js';
import { bullet, centred, heading, paragraph } from '../documents/blocks.js';
import { registryNumber } from '../documents/format.js';
import type { DocumentBlock, DocumentIssuer, OfficialDocument, Signature } from '../documents/types.js';
import type { ReportPeriod } from '../plan/types.js';
import { formatShortDate } from '../tasks/short-date.js';
import {
  areaSentence,
  feedbackSentence,
  inspectionSentence,
  oneStopSentences,
  openingSentence,
  planCompletionSentences,
} from './figure-text.js';
import type { ReportFigures } from './figures.js';
import { nextPeriodName, reportPeriodName } from './periods.js';
import { reportTables } from './report-tables.js';
import { areaSectionKey, directionAreaCode, type ReportSections } from './sections.js';

/** Who signs: the chairman for the committee (TM.), or a vice-chairman on the chairman's behalf (KT.). */
export type ReportSignerMode = 'chairman' | 'vice_chairman';

/** Everything the report document is built from. */
export interface PeriodicReportInput {
  issuer: DocumentIssuer;
  /** `Ủy ban nhân dân phường Hải Dương`, as sentences name the committee. */
  committee: string;
  place: string;
  date: IsoDate;
  /** The registry number once sent; null prints `Số: …/BC-UBND`. */
  number: string | null;
  year: number;
  period: ReportPeriod;
  figures: ReportFigures;
  sections: ReportSections;
  /** `Nơi nhận` names without the dash, e.g. `Sở Nội vụ thành phố Hải Phòng`. */
  recipients: readonly string[];
  /** Holders of the archive copy: `VT, VHXH`. */
  archive: string;
  signer: { mode: ReportSignerMode; name: string | null };
}

/**
 * The usual `Nơi nhận` of a ward's PAR report (docs/DOMAIN.md §1: to the city and its Department of Home Affairs), for a
 * ward that has not set its own; the archive copy stays with the registry and the consolidating unit.
 */
export function defaultReportRecipients(cityName: string): { recipients: string[]; archive: string } {
  return {
    recipients: [`UBND ${cityName}`, `Sở Nội vụ ${cityName}`, 'TT Đảng ủy, TT HĐND phường', 'CT, các PCT UBND phường'],
    archive: 'VT, VHXH',
  };
}

/** A section's text as blocks: a line starting with `- ` or `+ ` is a bullet, any other line a paragraph. */
export function textBlocks(text: string | undefined): DocumentBlock[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/^[-+•]\s+/.test(line) ? bullet(line.replace(/^[-+•]\s+/, '')) : paragraph(line)));
}

/** `- A;` … `- Lưu: VT, VHXH.`, the closing's recipients as Decree 30 prints them. */
export function formatRecipients(names: readonly string[], archive: string): string[] {
  return [...names.map((name) => `- ${name.replace(/[;.]+$/, '')};`), `- Lưu: ${archive.replace(/\.$/, '')}.`];
}

/** The signature block: `TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH`, or `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`. */
export function reportSignature(signer: PeriodicReportInput['signer']): Signature {
  return signer.mode === 'chairman'
    ? { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: signer.name }
    : { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: signer.name };
}

function partI(input: PeriodicReportInput): DocumentBlock[] {
  const { figures, sections } = input;
  const inspection = figures.inspections ? [paragraph(inspectionSentence(figures.inspections))] : [];
  return [
    heading(1, 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH'),
    heading(2, '1. Ban hành và tổ chức thực hiện Kế hoạch cải cách hành chính'),
    ...planCompletionSentences(figures).map((s) => paragraph(s)),
    ...textBlocks(sections.direction),
    heading(2, '2. Công tác kiểm tra cải cách hành chính'),
    ...inspection,
    ...textBlocks(sections.inspection),
    heading(2, '3. Công tác thông tin, tuyên truyền cải cách hành chính'),
    ...textBlocks(sections.communication),
  ];
}

/** The one-stop part of the procedures area: present only when the modules that hold the data provide it. */
function oneStopBlocks(figures: ReportFigures): DocumentBlock[] {
  const blocks = figures.oneStop ? oneStopSentences(figures.oneStop).map((s) => paragraph(s)) : [];
  if (figures.feedback) blocks.push(paragraph(feedbackSentence(figures.feedback)));
  return blocks;
}

function partII(input: PeriodicReportInput): DocumentBlock[] {
  const { figures, sections } = input;
  const direction = directionAreaCode(figures.areas);
  const areas = figures.areas.filter((a) => a.code !== direction);
  // The procedures area carries the one-stop statistics; a plan naming none puts them under its last area.
  const procedures = areas.find((a) => /thủ tục hành chính/iu.test(a.title)) ?? areas.at(-1);
  const blocks: DocumentBlock[] = [heading(1, 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH')];
  areas.forEach((area, index) => {
    blocks.push(heading(2, `${index + 1}. ${area.title}`), paragraph(areaSentence(area.figures, area.byStatus)));
    if (area === procedures) blocks.push(...oneStopBlocks(figures));
    blocks.push(...textBlocks(sections[areaSectionKey(area.code)]));
  });
  return blocks;
}

const ASSESSMENT = [
  ['strengths', 'Ưu điểm'],
  ['limits', 'Hạn chế, tồn tại'],
  ['causes', 'Nguyên nhân'],
] as const;

/**
 * Part III from the merged texts: only the sub-parts that have text, numbered in order, so the draft sent for light
 * edits carries no empty heading; with no text at all the three sub-parts stay as the outline to fill in.
 */
function assessmentBlocks(sections: PeriodicReportInput['sections']): DocumentBlock[] {
  const filled = ASSESSMENT.filter(([key]) => textBlocks(sections[key]).length > 0);
  const parts = filled.length > 0 ? filled : ASSESSMENT;
  return parts.flatMap(([key, title], i) => [heading(2, `${i + 1}. ${title}`), ...textBlocks(sections[key])]);
}

function partsIIIToV(input: PeriodicReportInput): DocumentBlock[] {
  const { sections, year, period } = input;
  const proposals = textBlocks(sections.proposals);
  return [
    heading(1, 'III. ĐÁNH GIÁ CHUNG'),
    ...assessmentBlocks(sections),
    heading(1, `IV. NHIỆM VỤ TRỌNG TÂM ${nextPeriodName(year, period).toUpperCase()}`),
    ...textBlocks(sections.nextTasks),
    heading(1, 'V. ĐỀ XUẤT, KIẾN NGHỊ'),
    // The usual formula when nobody proposes anything, rather than a heading with nothing under it.
    ...(proposals.length > 0 ? proposals : [paragraph('Không có đề xuất, kiến nghị.')]),
    paragraph(
      `Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính ${reportPeriodName(year, period)} ` +
        `của ${input.committee}./.`,
    ),
  ];
}

/**
 * The appendix's title block (Decree 30/2020, Appendix I: an appendix names the document it belongs to):
 * `PHỤ LỤC` and `(Kèm theo Báo cáo số 45/BC-UBND ngày 05/3/2026 của Ủy ban nhân dân phường Hải Dương)`, with `…`
 * for a number not given yet.
 */
export function appendixTitleBlock(input: Pick<PeriodicReportInput, 'number' | 'date' | 'committee'>): DocumentBlock[] {
  const number = `${registryNumber(input.number) ?? '…'}/BC-UBND`;
  const of = `(Kèm theo Báo cáo số ${number} ngày ${formatShortDate(input.date)} của ${input.committee})`;
  return [centred([{ text: 'PHỤ LỤC', bold: true }]), centred([{ text: of, italic: true }])];
}

/** The report's subject: `Kết quả thực hiện công tác cải cách hành chính quý I năm 2026`. */
export const reportSubject = (year: number, period: ReportPeriod): string =>
  `Kết quả thực hiện công tác cải cách hành chính ${reportPeriodName(year, period)}`;

/**
 * Builds the consolidated report: the Decree 30 header with `Số: …/BC-UBND` until sent, `BÁO CÁO` and its subject,
 * the outline of docs/DOMAIN.md §7 (I direction, II results per reform area with the one-stop figures when present,
 * III assessment, IV next period's tasks, V proposals), the recipients and the chairman's signature, and the
 * appendix tables on landscape pages.
 */
export function buildPeriodicReport(input: PeriodicReportInput): OfficialDocument {
  const { figures } = input;
  const opening = openingSentence(
    input.committee,
    figures.plan.title,
    reportPeriodName(input.year, input.period),
    figures.window,
  );
  return {
    issuer: input.issuer,
    numbering: { number: input.number, typeCode: 'BC', issuerCode: 'UBND' },
    place: input.place,
    date: input.date,
    title: 'BÁO CÁO',
    subject: reportSubject(input.year, input.period),
    body: [paragraph(opening), ...partI(input), ...partII(input), ...partsIIIToV(input)],
    recipients: formatRecipients(input.recipients, input.archive),
    signature: reportSignature(input.signer),
    appendix: [
      {
        kind: 'landscape',
        blocks: [
          ...appendixTitleBlock(input),
          ...reportTables(figures).map((table) => ({ kind: 'table' as const, table })),
        ],
      },
    ],
  };
}
