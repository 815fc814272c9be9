// Criteria the data decides are pre-scored from what cchc holds, with the calculation in words, so the ward and
// the council read the same figures (docs/PAR-INDEX.md "Pre-score rules"). The ward may override with a reason.
import { formatVietnamDate, type IsoDate } from '../clock.js';
import { percent } from '../tasks/completion.js';
import { formatNumberVi } from '../vi-format.js';
import { type Criterion, type DataSource, roundPoints } from './model.js';
import { pointsFor } from './scoring.js';
import { stepText } from './thresholds.js';

/** A periodic report the plan owes: its period, due date and the day its latest sending went out (null: not sent). */
export interface ReportOwed {
  period: string;
  dueDate: IsoDate;
  sentOn: IsoDate | null;
}

/** The figures behind the pre-scores, read by the server at the assessment's cut-off. Null: nothing to read. */
export interface PreScoreFacts {
  /** Reports due by the cut-off; null when the ward has no plan for the year. */
  reports: readonly ReportOwed[] | null;
  /** Tasks of the plan in force and those completed (on time or late); null without a plan. */
  tasks: { completed: number; total: number } | null;
  /** The year's Decision 766 total (points of 100); null when the indicators publish none. */
  indicators766: { total: number | null; dossiers: number } | null;
  /** Active units and those whose self-inspection of the year was concluded. */
  inspection: { inspected: number; total: number } | null;
  /** The cut-off the figures were read at. */
  asOf: IsoDate;
}

/** A pre-score: the value entered for the criterion (see `scoreProblem`), its points and how they came. */
export interface PreScore {
  source: DataSource;
  /** Null when the data cannot decide (nothing due, no plan): the ward scores it by hand. */
  value: number | null;
  points: number | null;
  /** The figure as a percentage (0–100), 2 decimals. */
  percent: number | null;
  calculation: string;
}

const pct = (value: number) => `${formatNumberVi(value)}%`;

function reportLine(r: ReportOwed): string {
  const due = `hạn ${formatVietnamDate(r.dueDate)}`;
  if (r.sentOn === null) return `${r.period}: ${due}, chưa gửi`;
  const verdict = r.sentOn <= r.dueDate ? 'đúng hạn' : 'muộn';
  return `${r.period}: ${due}, gửi ${formatVietnamDate(r.sentOn)} (${verdict})`;
}

/** Each figure as a ratio with its words; null figures give the reason the data cannot decide. */
const FIGURES: Record<DataSource, (f: PreScoreFacts) => { ratio: number | null; text: string }> = {
  reports_on_time: (f) => {
    if (f.reports === null) return { ratio: null, text: 'Chưa có kế hoạch năm nên chưa có báo cáo định kỳ phải gửi.' };
    const due = f.reports.filter((r) => r.dueDate <= f.asOf);
    if (due.length === 0)
      return { ratio: null, text: `Chưa có báo cáo định kỳ nào đến hạn đến ngày ${formatVietnamDate(f.asOf)}.` };
    const onTime = due.filter((r) => r.sentOn !== null && r.sentOn <= r.dueDate).length;
    const ratio = percent(onTime, due.length) ?? 0;
    const lines = due.map(reportLine).join('; ');
    return { ratio, text: `Báo cáo gửi đúng hạn ${onTime}/${due.length} = ${pct(ratio)} (${lines}).` };
  },
  tasks_done: (f) => {
    if (f.tasks === null || f.tasks.total === 0) return { ratio: null, text: 'Chưa có kế hoạch năm có nhiệm vụ.' };
    const ratio = percent(f.tasks.completed, f.tasks.total) ?? 0;
    return {
      ratio,
      text: `Nhiệm vụ của kế hoạch đã hoàn thành ${f.tasks.completed}/${f.tasks.total} = ${pct(ratio)}.`,
    };
  },
  indicators_766: (f) => {
    const total = f.indicators766?.total ?? null;
    if (total === null) {
      return { ratio: null, text: `Chưa có điểm Bộ chỉ số 766 của năm (${f.indicators766?.dossiers ?? 0} hồ sơ).` };
    }
    return { ratio: roundPoints(total), text: `Điểm Bộ chỉ số 766 của năm: ${formatNumberVi(total)}/100 điểm.` };
  },
  inspection_coverage: (f) => {
    if (f.inspection === null || f.inspection.total === 0)
      return { ratio: null, text: 'Phường chưa có đơn vị để kiểm tra.' };
    const { inspected, total } = f.inspection;
    const ratio = percent(inspected, total) ?? 0;
    return { ratio, text: `Đơn vị đã tự kiểm tra CCHC có kết luận ${inspected}/${total} = ${pct(ratio)}.` };
  },
};

/**
 * The value a ratio gives each method: the percentage itself for a ratio; 1 at 100% for yes/no; the maximum in
 * proportion for a scale (2 decimals).
 */
function valueFor(criterion: Criterion, ratio: number): number {
  if (criterion.method === 'ratio') return ratio;
  if (criterion.method === 'yes_no') return ratio >= 100 ? 1 : 0;
  return roundPoints((criterion.maxPoints * Math.min(ratio, 100)) / 100);
}

/** The pre-score of a criterion the data decides; null for the others. */
export function preScore(criterion: Criterion, facts: PreScoreFacts): PreScore | null {
  if (!criterion.leaf || criterion.source === null) return null;
  const { ratio, text } = FIGURES[criterion.source](facts);
  if (ratio === null) return { source: criterion.source, value: null, points: null, percent: null, calculation: text };
  const value = valueFor(criterion, ratio);
  const points = pointsFor(criterion, value);
  const step = criterion.method === 'ratio' ? stepText(ratio, criterion.thresholds) : null;
  const how = step ? `mức ${step}` : criterion.method === 'yes_no' ? (value === 1 ? 'đạt' : 'chưa đạt') : 'theo tỷ lệ';
  const calculation = `${text} → ${how}: ${formatNumberVi(points)}/${formatNumberVi(criterion.maxPoints)} điểm.`;
  return { source: criterion.source, value, points, percent: ratio, calculation };
}
