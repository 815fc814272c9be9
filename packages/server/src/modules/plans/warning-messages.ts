import type { PlanWarning, PlanWarningCode, ProblemValues, TimeframeProblemCode } from '@cchc/domain';
import { type Lang, type MessageTable, messagesOf } from '../../i18n/messages.js';

// The plan parser's warnings in both languages, from the code and values the domain gives: one table, no sentence
// read back to build another.

const TIMEFRAME: MessageTable<TimeframeProblemCode> = {
  no_such_date: { vi: 'ngày không tồn tại', en: 'no such date' },
  range_reversed: { vi: 'khoảng thời gian kết thúc trước khi bắt đầu', en: 'the period ends before it starts' },
  periods_out_of_order: { vi: 'các quý/tháng không theo thứ tự', en: 'the quarters/months are out of order' },
  cell_empty: { vi: 'ô thời gian để trống', en: 'the timeframe cell is empty' },
  unreadable: { vi: 'không đọc được', en: 'cannot be read' },
};

const TIMEFRAME_KEPT = {
  vi: 'Thời gian "{text}": {problem}; giữ như nhiệm vụ chờ sự kiện, chưa có hạn',
  en: 'Timeframe "{text}": {problem}; kept as a task waiting for an event, with no due date',
};

const SECTIONS: MessageTable<string> = {
  purposes: { vi: 'mục đích, yêu cầu', en: 'purposes and requirements' },
  targets: { vi: 'chỉ tiêu', en: 'targets' },
  areas: { vi: 'nhiệm vụ, giải pháp', en: 'tasks and measures' },
  budget: { vi: 'kinh phí', en: 'budget' },
  responsibilities: { vi: 'trách nhiệm các đơn vị', en: 'the units’ responsibilities' },
  reports: { vi: 'chế độ báo cáo', en: 'reporting' },
};

const UNKNOWN_UNIT = {
  vi: 'đơn vị "{name}" không có trong danh sách đơn vị',
  en: 'unit "{name}" is not in the list of units',
};

const WARNINGS: MessageTable<PlanWarningCode> = {
  unit_unknown_lead: {
    vi: `Nhiệm vụ {task}, cơ quan chủ trì: ${UNKNOWN_UNIT.vi}`,
    en: `Task {task}, lead: ${UNKNOWN_UNIT.en}`,
  },
  unit_unknown_coordinator: {
    vi: `Nhiệm vụ {task}, cơ quan phối hợp: ${UNKNOWN_UNIT.vi}`,
    en: `Task {task}, coordinators: ${UNKNOWN_UNIT.en}`,
  },
  unit_unknown_duty: {
    vi: `Nhiệm vụ tại {source}, cơ quan phối hợp: ${UNKNOWN_UNIT.vi}`,
    en: `Task at {source}, coordinators: ${UNKNOWN_UNIT.en}`,
  },
  unit_unknown_responsibility: {
    vi: `Trách nhiệm {code}: ${UNKNOWN_UNIT.vi}`,
    en: `Responsibility {code}: ${UNKNOWN_UNIT.en}`,
  },
  unit_unknown_report_recipient: {
    vi: `Nơi nhận báo cáo ({code}): ${UNKNOWN_UNIT.vi}`,
    en: `Report recipient ({code}): ${UNKNOWN_UNIT.en}`,
  },
  task_timeframe: { vi: `Nhiệm vụ {task}: ${TIMEFRAME_KEPT.vi}`, en: `Task {task}: ${TIMEFRAME_KEPT.en}` },
  duty_timeframe: { vi: `{source}: ${TIMEFRAME_KEPT.vi}`, en: `{source}: ${TIMEFRAME_KEPT.en}` },
  appendix_row_unreadable: {
    vi: 'Dòng phụ lục không hiểu được: "{text}"',
    en: 'Appendix row not understood: "{text}"',
  },
  appendix_row_short: {
    vi: 'Nhiệm vụ {task}: có {cells} ô thay vì {width}; các ô thiếu để trống',
    en: 'Task {task}: {cells} cells instead of {width}; the missing ones are left empty',
  },
  task_repeated: {
    vi: 'Nhiệm vụ {task} có hai lần trong cùng nhóm',
    en: 'Task {task} appears twice in the same group',
  },
  task_out_of_order: {
    vi: 'Nhiệm vụ {task} đứng sau nhiệm vụ {previous}',
    en: 'Task {task} comes after task {previous}',
  },
  appendix_columns_unknown: {
    vi: 'Tiêu đề bảng phụ lục: không nhận ra cột {columns}',
    en: 'Appendix table header: columns not recognised: {columns}',
  },
  header_not_found: {
    vi: 'Không tìm thấy phần đầu văn bản: số, địa danh và ngày, hoặc tên kế hoạch',
    en: 'The heading was not found: number, place and date, or plan title',
  },
  target_no_measure: {
    vi: 'Chỉ tiêu {letter}: không nhận ra giá trị đo được',
    en: 'Target {letter}: no measurable value recognised',
  },
  section_not_found: { vi: 'Không tìm thấy mục {section}', en: 'Section not found: {section}' },
};

const warningText = messagesOf(WARNINGS);

/** A value's text in the caller's language: a timeframe problem or a section by its name, the rest as given. */
function shownValues(values: ProblemValues, lang: Lang): ProblemValues {
  const out: ProblemValues = { ...values };
  if (typeof values.problem === 'string' && values.problem in TIMEFRAME) {
    out.problem = TIMEFRAME[values.problem as TimeframeProblemCode][lang];
  }
  if (typeof values.section === 'string') out.section = SECTIONS[values.section]?.[lang] ?? values.section;
  return out;
}

/**
 * A parser warning's sentence in the caller's language. Versions parsed before warnings had codes stored a
 * Vietnamese sentence only: it is shown as stored.
 */
export function planWarningMessage(warning: PlanWarning | { line: number; message: string }, lang: Lang): string {
  if (!('code' in warning)) return warning.message;
  return warningText(warning.code, lang, shownValues(warning.values, lang));
}

/** Why a timeframe cell was not read, as a sentence: `Thời gian "…": …; giữ như nhiệm vụ chờ sự kiện…`. */
export function timeframeWarningMessage(warning: { text: string; problem: TimeframeProblemCode }, lang: Lang): string {
  return messagesOf({ kept: TIMEFRAME_KEPT })('kept', lang, shownValues(warning, lang));
}
