// The appendix tables of a periodic report, shared by the .docx (landscape appendix) and the .xlsx (one sheet each).
import type { DocumentTable, TableRow } from '../documents/types.js';
import { PROCESSING_COLUMNS, PROCESSING_COLUMNS_VI } from '../indicators/processing-counts.js';
import type { CompletionFigures } from '../tasks/completion.js';
import type { TargetStatus } from '../tasks/targets.js';
import type { OneStopReportFigures, ReportFigures, ReportMeasure, StatusCounts } from './figures.js';
import { TASK_STATUS_TEXT_VI } from './unit-form.js';

/** Titles of the appendix tables; the tests and the spreadsheet's sheets name them. */
export const APPENDIX_TITLES = {
  areas: 'Phụ lục I: Kết quả thực hiện nhiệm vụ theo lĩnh vực cải cách hành chính',
  targets: 'Phụ lục II: Kết quả thực hiện các chỉ tiêu của Kế hoạch',
  tasks: 'Phụ lục III: Danh mục nhiệm vụ và tình hình thực hiện',
  processing: 'Biểu II.06a: Kết quả giải quyết thủ tục hành chính',
} as const;

const TARGET_STATUS_VI: Readonly<Record<TargetStatus, string>> = {
  met: 'Đạt',
  missed: 'Chưa đạt',
  at_risk: 'Có nguy cơ không đạt',
  in_progress: 'Đang thực hiện',
};

/** The figures of one row of Phụ lục I, in its column order after TT and Lĩnh vực. */
function areaValues(f: CompletionFigures, byStatus: StatusCounts): (number | null)[] {
  return [
    f.total,
    f.completedOnTime,
    f.completedLate,
    byStatus.in_progress,
    byStatus.not_started,
    f.overdue,
    f.notDone,
    f.completionRate,
  ];
}

/** Phụ lục I: tasks by status per reform area, with the plan's totals. */
export function areasTable(figures: ReportFigures): DocumentTable {
  const sub = (text: string) => ({ text });
  return {
    title: APPENDIX_TITLES.areas,
    columns: [
      { title: 'TT', width: 4 },
      { title: 'Lĩnh vực', width: 30 },
      ...['Tổng số nhiệm vụ', 'Đúng hạn', 'Quá hạn', 'Đang thực hiện', 'Chưa triển khai', 'Trong đó quá hạn'].map(
        (title) => ({ title, width: 9 }),
      ),
      { title: 'Không thực hiện', width: 9 },
      { title: 'Tỷ lệ hoàn thành (%)', width: 10 },
    ],
    headerRows: [
      [
        { text: 'TT', rowSpan: 2 },
        { text: 'Lĩnh vực', rowSpan: 2 },
        { text: 'Tổng số nhiệm vụ', rowSpan: 2 },
        { text: 'Đã hoàn thành', colSpan: 2 },
        { text: 'Chưa hoàn thành', colSpan: 3 },
        { text: 'Không thực hiện', rowSpan: 2 },
        { text: 'Tỷ lệ hoàn thành (%)', rowSpan: 2 },
      ],
      ['Đúng hạn', 'Quá hạn', 'Đang thực hiện', 'Chưa triển khai', 'Trong đó quá hạn'].map(sub),
    ],
    rows: figures.areas.map((a, i) => [i + 1, a.title, ...areaValues(a.figures, a.byStatus)]),
    totals: ['', 'Tổng cộng', ...areaValues(figures.completion, figures.byStatus)],
  };
}

/** `33,33% (1/3)`, `hạng 12`, or `Chưa có số liệu`. */
function measureText(m: ReportMeasure): string {
  if (m.value === null) return 'Chưa có số liệu';
  const value = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(m.value);
  const shown = m.unit === 'rank' ? `hạng ${value}` : `${value}${m.unit === '%' ? '%' : ` ${m.unit}`}`;
  return m.numerator !== undefined && m.denominator !== undefined
    ? `${shown} (${m.numerator}/${m.denominator})`
    : shown;
}

/** A target's result cell: its measures, or `Chưa có số liệu` once when none of them has a value. */
function targetResultText(measures: readonly ReportMeasure[]): string {
  if (measures.every((m) => m.value === null)) return 'Chưa có số liệu';
  return measures.map((m) => (m.value === null ? 'chưa có số liệu' : measureText(m))).join('; ');
}

/** Phụ lục II: the plan's targets with their values and status on the report's day. */
export function targetsTable(figures: ReportFigures): DocumentTable {
  return {
    title: APPENDIX_TITLES.targets,
    columns: [
      { title: 'TT', width: 5 },
      { title: 'Chỉ tiêu', width: 55 },
      { title: 'Kết quả', width: 22 },
      { title: 'Đánh giá', width: 18 },
    ],
    rows: figures.targets.map((t) => [t.code, t.text, targetResultText(t.measures), TARGET_STATUS_VI[t.status]]),
  };
}

/** Phụ lục III: every task of the plan under its reform area, with its lead unit, timeframe and status. */
export function tasksTable(figures: ReportFigures): DocumentTable {
  const rows: TableRow[] = [];
  const areaCodes = [...figures.areas.map((a) => a.code), null];
  for (const code of areaCodes) {
    const tasks = figures.tasks.filter((t) =>
      code === null ? !figures.areas.some((a) => a.code === t.areaCode) : t.areaCode === code,
    );
    if (tasks.length === 0) continue;
    const title = figures.areas.find((a) => a.code === code)?.title ?? 'Nhiệm vụ khác';
    rows.push({ group: title });
    for (const t of tasks) {
      const progress = t.status === 'in_progress' ? ` (${t.progress}%)` : '';
      rows.push([t.no ?? '', t.content, t.unit ?? '', t.timeframe, `${TASK_STATUS_TEXT_VI[t.status]}${progress}`]);
    }
  }
  return {
    title: APPENDIX_TITLES.tasks,
    columns: [
      { title: 'TT', width: 5 },
      { title: 'Nội dung nhiệm vụ', width: 50 },
      { title: 'Đơn vị chủ trì', width: 15 },
      { title: 'Thời gian thực hiện', width: 14 },
      { title: 'Tình hình thực hiện', width: 16 },
    ],
    rows,
  };
}

/** Biểu II.06a: the processing results of the window, one row per unit or field, from the dossiers module. */
export function processingTable(processing: NonNullable<OneStopReportFigures['processing']>): DocumentTable {
  const head = (keys: readonly (typeof PROCESSING_COLUMNS)[number][]) =>
    keys.map((k) => ({ text: PROCESSING_COLUMNS_VI[k] }));
  return {
    title: APPENDIX_TITLES.processing,
    columns: [
      { title: 'Đơn vị, lĩnh vực', width: 24 },
      ...PROCESSING_COLUMNS.map((key) => ({ title: PROCESSING_COLUMNS_VI[key], width: 7 })),
    ],
    headerRows: [
      [
        { text: 'Đơn vị, lĩnh vực', rowSpan: 2 },
        { text: 'Số hồ sơ nhận giải quyết', colSpan: 4 },
        { text: 'Số hồ sơ đã giải quyết', colSpan: 4 },
        { text: 'Số hồ sơ đang giải quyết', colSpan: 3 },
      ],
      head(PROCESSING_COLUMNS),
    ],
    rows: processing.rows.map((row) => [row.label, ...PROCESSING_COLUMNS.map((key) => row.counts[key])]),
    totals: ['Tổng cộng', ...PROCESSING_COLUMNS.map((key) => processing.total[key])],
  };
}

/** Every appendix table of a report, in order; Biểu II.06a only when the one-stop figures are there. */
export function reportTables(figures: ReportFigures): DocumentTable[] {
  const processing = figures.oneStop?.processing;
  return [
    areasTable(figures),
    targetsTable(figures),
    tasksTable(figures),
    ...(processing ? [processingTable(processing)] : []),
  ];
}
