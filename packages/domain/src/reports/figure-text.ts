// Sentences that put the snapshot's figures into the report's text. They are printed, never edited: the numbers in
// the text and in the appendix tables are the same values.
import type { IsoDate } from '../clock.js';
import { formatCellValue } from '../documents/format.js';
import type { CompletionFigures } from '../tasks/completion.js';
import { formatShortDate } from '../tasks/short-date.js';
import type {
  FeedbackReportFigures,
  InspectionReportFigures,
  OneStopReportFigures,
  ReportFigures,
  ReportShare,
  StatusCounts,
} from './figures.js';

/** `1.234` */
const n = (value: number) => formatCellValue(value);

/**
 * `33,33%`, or words when nothing could be measured: a zero denominator is not 0% (docs/DOMAIN.md §4), and a report's
 * prose never prints "N/A" to the city.
 */
export const percentText = (rate: number | null): string =>
  rate === null ? 'chưa có số liệu để tính' : `${formatCellValue(rate)}%`;

/** `2/4 (50%)`; `chưa có số liệu để tính` when the denominator is zero. */
export const shareText = (share: ReportShare): string =>
  share.rate === null && share.denominator === 0
    ? percentText(null)
    : `${n(share.numerator)}/${n(share.denominator)} (${percentText(share.rate)})`;

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/**
 * The name of a calendar span as Decision 766 publishes it: `tháng 02/2026`, `quý I/2026`, `năm 2026`, else the
 * dates. A figure whose period differs from the report's window says which one it is.
 */
export function calendarPeriodName(from: IsoDate, to: IsoDate): string {
  const [y, m] = [from.slice(0, 4), Number(from.slice(5, 7))];
  const lastDay = (month: number) => new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  const endsOn = (month: number) => to === `${y}-${String(month).padStart(2, '0')}-${lastDay(month)}`;
  if (from.endsWith('-01-01') && endsOn(12)) return `năm ${y}`;
  if (from.endsWith('-01') && (m - 1) % 3 === 0 && endsOn(m + 2)) return `quý ${ROMAN_QUARTERS[(m - 1) / 3]}/${y}`;
  if (from.endsWith('-01') && endsOn(m)) return `tháng ${from.slice(5, 7)}/${y}`;
  return `từ ngày ${formatShortDate(from)} đến ngày ${formatShortDate(to)}`;
}

/** A proper name as a sentence writes it after a noun: `Phường Hải Dương` → `phường Hải Dương`. */
export const nameInSentence = (name: string): string => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);

/** A plan as sentences name it: `Kế hoạch Cải cách hành chính … năm 2026`, whether or not its title says `Kế hoạch`. */
export const planName = (title: string): string => (/^kế hoạch\s/iu.test(title) ? title : `Kế hoạch ${title}`);

/** The status parts of a group of tasks; zero parts after the first two are left out. */
function statusParts(figures: CompletionFigures, byStatus: StatusCounts): string[] {
  const parts = [
    `đã hoàn thành ${n(figures.completed)} (đúng hạn ${n(figures.completedOnTime)}, quá hạn ${n(figures.completedLate)})`,
    `đang thực hiện ${n(byStatus.in_progress)}`,
    `chưa triển khai ${n(byStatus.not_started)}`,
  ];
  if (figures.notDone > 0) parts.push(`không thực hiện ${n(figures.notDone)}`);
  if (figures.overdue > 0) parts.push(`quá hạn chưa hoàn thành ${n(figures.overdue)}`);
  return parts;
}

/** Part I.1: the plan's completion on the report's day. */
export function planCompletionSentences(figures: ReportFigures): string[] {
  const c = figures.completion;
  const opening =
    `${planName(figures.plan.title)} có ${n(c.total)} nhiệm vụ. Tính đến ngày ${formatShortDate(figures.asOf)}, ` +
    `${statusParts(c, figures.byStatus).join('; ')}; tỷ lệ hoàn thành ${percentText(c.completionRate)}.`;
  const due =
    c.dueSoFar === 0
      ? 'Chưa có nhiệm vụ nào đến hạn hoàn thành.'
      : `Số nhiệm vụ đã đến hạn: ${n(c.dueSoFar)}; hoàn thành đúng hạn ` +
        `${shareText({ numerator: c.completedOnTime, denominator: c.dueSoFar, rate: c.onTimeRate })}.`;
  return [opening, due, 'Kết quả theo từng lĩnh vực, từng chỉ tiêu và từng nhiệm vụ tại các Phụ lục kèm theo.'];
}

/** Part II, one area: `Tổng số 12 nhiệm vụ: đã hoàn thành 2 (…); đang thực hiện 3; chưa triển khai 7.` */
export function areaSentence(figures: CompletionFigures, byStatus: StatusCounts): string {
  if (figures.total === 0) return 'Kế hoạch không giao nhiệm vụ cụ thể trong lĩnh vực này.';
  return `Tổng số ${n(figures.total)} nhiệm vụ: ${statusParts(figures, byStatus).join('; ')}.`;
}

/** Part I.2: inspections concluded in the window and the year's coverage of units (target đ). */
export function inspectionSentence(i: InspectionReportFigures): string {
  return (
    `Trong kỳ, đã kết luận ${n(i.concluded)} cuộc kiểm tra công tác cải cách hành chính; từ đầu năm, ` +
    `${n(i.unitsInspected)}/${n(i.unitsTotal)} phòng, đơn vị đã được kiểm tra (${percentText(i.rate)}).`
  );
}

const CATEGORY_TEXT: Readonly<Record<string, string>> = {
  regulation: 'về quy định hành chính',
  procedure: 'về thủ tục hành chính',
  dossier: 'về giải quyết hồ sơ',
  staff: 'về thái độ, hành vi của cán bộ, công chức',
};

/** Part II, procedures: feedback received, published, handled on time, satisfaction (indicators 5.1–5.3). */
export function feedbackSentence(f: FeedbackReportFigures): string {
  const categories = Object.entries(f.byCategory)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => `${n(count)} ${CATEGORY_TEXT[key] ?? key}`);
  const split = categories.length > 0 ? ` (${categories.join(', ')})` : '';
  return (
    `Tiếp nhận ${n(f.received)} phản ánh, kiến nghị${split}; đã công khai kết quả ${n(f.published)}; ` +
    `xử lý đúng hạn ${shareText(f.onTime)}; hài lòng với việc xử lý ${shareText(f.satisfaction)}.`
  );
}

/** Part II, procedures: form II.06a in words, online payment, apologies and the Decision 766 score. */
export function oneStopSentences(o: OneStopReportFigures): string[] {
  const sentences: string[] = [];
  if (o.processing) {
    const t = o.processing.total;
    sentences.push(
      `Tổng số hồ sơ nhận giải quyết: ${n(t.received)} (trực tuyến ${n(t.online)}; trực tiếp, dịch vụ bưu chính ` +
        `${n(t.inPersonOrPost)}; từ kỳ trước chuyển qua ${n(t.carriedOver)}). Đã giải quyết ${n(t.processed)} ` +
        `(trước hạn ${n(t.early)}, đúng hạn ${n(t.onTime)}, quá hạn ${n(t.late)}); đang giải quyết ${n(t.processing)} ` +
        `(trong hạn ${n(t.withinDeadline)}, quá hạn ${n(t.overdue)}). Chi tiết tại Biểu II.06a kèm theo.`,
    );
  }
  if (o.onlinePayment) sentences.push(`Hồ sơ thanh toán trực tuyến: ${shareText(o.onlinePayment)}.`);
  if (o.apologies !== null)
    sentences.push(`Số phiếu xin lỗi và hẹn lại ngày trả kết quả đã ban hành: ${n(o.apologies)}.`);
  if (o.index766) sentences.push(index766Sentence(o.index766));
  return sentences;
}

function index766Sentence(index: NonNullable<OneStopReportFigures['index766']>): string {
  // Decision 766 is computed on calendar periods, so its figure rarely covers the report's window: it names its own.
  const name = calendarPeriodName(index.from, index.to);
  const span = `từ ngày ${formatShortDate(index.from)} đến ngày ${formatShortDate(index.to)}`;
  const period = name.startsWith('từ ngày') ? name : `${name}, ${span}`;
  const total = index.total === null ? 'chưa đủ số liệu để tính điểm' : `đạt ${formatCellValue(index.total)}/100 điểm`;
  const band = index.bandName ? `, xếp loại ${index.bandName}` : '';
  return `Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định số 766/QĐ-TTg, kỳ đánh giá ${period}: ${total}${band}.`;
}

/** The opening paragraph: what is reported, on which plan, over which days. */
export function openingSentence(
  committee: string,
  planTitle: string,
  periodName: string,
  window: { start: IsoDate; end: IsoDate },
): string {
  return (
    `Thực hiện ${planName(planTitle)}, ${committee} báo cáo kết quả thực hiện công tác cải cách hành chính ` +
    `${periodName} (số liệu từ ngày ${formatShortDate(window.start)} đến ngày ${formatShortDate(window.end)}) như sau:`
  );
}
