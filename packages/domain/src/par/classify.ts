// What a criterion's words say about how it is scored and which figure decides it. One table of patterns for the
// import, so a set from another province with other wording is read the same way (docs/PAR-INDEX.md).
import type { DataSource, ScoringMethod, Threshold } from './model.js';

const METHOD_WORDS: readonly [ScoringMethod, RegExp][] = [
  ['deduction', /(trừ|deduct)/iu],
  ['survey', /(điều tra|khảo sát|xã hội học|survey)/iu],
  ['ratio', /(tỷ lệ|tỉ lệ|ratio|%)/iu],
  ['yes_no', /(có\s*[/\-–]\s*không|có hoặc không|đạt\s*[/\-–]\s*không đạt|yes|boolean)/iu],
  ['scale', /(thang|mức|scale|chấm điểm|điểm số)/iu],
];

/** The method an explicit column names ("Có/Không", "Tỷ lệ", "Thang điểm", "Điểm trừ", "Điều tra XHH"). */
export function methodFromColumn(text: string): ScoringMethod | null {
  const value = text.trim();
  if (value === '') return null;
  const code = value.toLowerCase().replace(/[\s-]/g, '_');
  if ((['yes_no', 'scale', 'ratio', 'survey', 'deduction'] as string[]).includes(code)) return code as ScoringMethod;
  return METHOD_WORDS.find(([, words]) => words.test(value))?.[0] ?? null;
}

/** Deductions say so in their title or carry negative points ("Điểm trừ", "bị trừ", "-2"). */
export const isDeductionTitle = (title: string) => /(điểm trừ|trừ điểm|bị trừ|trừ tối đa)/iu.test(title);

/** The survey part (điều tra xã hội học, the satisfaction of people and businesses), scored by the city. */
export const isSurveyTitle = (title: string) =>
  /(điều tra xã hội học|khảo sát|mức độ hài lòng|sự hài lòng|sipas|đánh giá của người dân)/iu.test(title);

/** The method of a criterion without an explicit column: from its place, points, thresholds and words. */
export function inferMethod(input: {
  title: string;
  guide: string;
  negative: boolean;
  survey: boolean;
  thresholds: readonly Threshold[];
}): ScoringMethod {
  if (input.negative || isDeductionTitle(input.title)) return 'deduction';
  if (input.survey) return 'survey';
  if (input.thresholds.length > 0 || /^(tỷ lệ|tỉ lệ)/iu.test(input.title.trim())) return 'ratio';
  const text = `${input.title} ${input.guide}`;
  if (/(\bcó\b\s*[:：]?\s*\d|\bkhông\b\s*[:：]?\s*0|có\s*[/\-–]\s*không|đạt\s*[/\-–]\s*không đạt)/iu.test(text)) {
    return 'yes_no';
  }
  return 'scale';
}

/** Words that name each figure cchc holds: every `all` pattern must match and no `not` pattern. First match wins. */
const SOURCE_WORDS: readonly { source: DataSource; all: readonly RegExp[]; not?: RegExp }[] = [
  { source: 'indicators_766', all: [/(766|chỉ đạo,? điều hành và đánh giá chất lượng phục vụ)/iu] },
  {
    source: 'reports_on_time',
    all: [
      /báo cáo/iu,
      /(đúng hạn|đúng thời hạn|đúng thời gian|kịp thời|đúng quy định về thời gian|chế độ báo cáo|báo cáo định kỳ)/iu,
    ],
  },
  {
    // Self-inspections of units (target đ), not the review of legal documents ("văn bản … được kiểm tra").
    source: 'inspection_coverage',
    all: [/kiểm tra/iu, /(tỷ lệ|tỉ lệ|%|số (cơ quan|đơn vị)|được (tự )?kiểm tra|hoàn thành kế hoạch (tự )?kiểm tra)/iu],
    not: /(văn bản|ban hành kế hoạch)/iu,
  },
  {
    source: 'tasks_done',
    all: [/hoàn thành/iu, /kế hoạch/iu, /(cải cách hành chính|cchc|nhiệm vụ|năm|chuyển đổi số)/iu],
    not: /ban hành kế hoạch/iu,
  },
];

const matches = (text: string) => (line: (typeof SOURCE_WORDS)[number]) =>
  line.all.every((w) => w.test(text)) && !(line.not?.test(text) ?? false);

const SOURCE_CODES: Record<string, DataSource> = {
  reports_on_time: 'reports_on_time',
  tasks_done: 'tasks_done',
  indicators_766: 'indicators_766',
  '766': 'indicators_766',
  inspection_coverage: 'inspection_coverage',
};

/** The figure a criterion's title names, or that an explicit "Nguồn dữ liệu" cell names (code or words). */
export function sourceOf(title: string, column = ''): DataSource | null {
  const explicit = column.trim();
  if (explicit !== '') {
    const code = SOURCE_CODES[explicit.toLowerCase().replace(/[\s-]/g, '_')];
    if (code) return code;
    const named = SOURCE_WORDS.find(matches(explicit))?.source;
    if (named) return named;
  }
  return SOURCE_WORDS.find(matches(title))?.source ?? null;
}
