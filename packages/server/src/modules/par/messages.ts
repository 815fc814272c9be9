import type { ScoreRule } from '@cchc/domain';
import type { AppError, ErrorCode } from '../../errors.js';
import { type Lang, messagesOf } from '../../i18n/messages.js';

const MESSAGES = {
  criteria_no_header: {
    vi: 'Không tìm thấy dòng tiêu đề của bảng (cần các cột “Nội dung/Tiêu chí” và “Điểm tối đa”).',
    en: 'No header row found (it needs the “Nội dung/Tiêu chí” and “Điểm tối đa” columns).',
  },
  criteria_none: { vi: 'Bảng không có tiêu chí nào.', en: 'The table has no criteria.' },
  criteria_duplicate_label: {
    vi: 'Số thứ tự “{label}” trùng với một dòng trước.',
    en: 'Number “{label}” repeats an earlier row.',
  },
  criteria_unknown_method: {
    vi: 'Không rõ phương pháp chấm “{method}”.',
    en: 'Unknown scoring method “{method}”.',
  },
  criteria_max_not_number: {
    vi: 'Điểm tối đa “{max}” không phải là số.',
    en: 'The maximum “{max}” is not a number.',
  },
  criteria_no_max: {
    vi: 'Tiêu chí “{label} {title}” chưa có điểm tối đa.',
    en: 'Criterion “{label} {title}” has no maximum.',
  },
  criteria_sum_differs: {
    vi: 'Tổng điểm các tiêu chí thành phần của “{label} {title}” là {sum}, khác điểm tối đa {max}.',
    en: 'The sub-criteria of “{label} {title}” add up to {sum}, not the maximum {max}.',
  },
  no_file: { vi: 'Chọn tệp bộ tiêu chí (.xlsx).', en: 'Choose the criteria file (.xlsx).' },
  file_type: { vi: 'Bộ tiêu chí phải là tệp Excel .xlsx.', en: 'The criteria set must be an Excel .xlsx file.' },
  year_missing: {
    vi: 'Nhập năm của bộ tiêu chí (tệp không ghi năm).',
    en: 'Enter the year of the criteria set (the file does not state it).',
  },
  no_set: {
    vi: 'Thành phố chưa ban hành bộ tiêu chí {kind} năm {year}.',
    en: 'The city has not issued the {kind} criteria set for {year}.',
  },
  no_city: { vi: 'Hệ thống chưa có thành phố.', en: 'The instance has no city.' },
  ward_not_found: { vi: 'Không tìm thấy phường/xã.', en: 'Ward not found.' },
  unknown_criterion: { vi: 'Không có tiêu chí “{code}” trong bộ tiêu chí.', en: 'No criterion “{code}” in the set.' },
  not_a_leaf: {
    vi: 'Tiêu chí “{code}” gồm các tiêu chí thành phần: chấm điểm từng tiêu chí thành phần.',
    en: 'Criterion “{code}” has sub-criteria: score each of them.',
  },
  survey_by_city: {
    vi: 'Điểm điều tra xã hội học do thành phố nhập.',
    en: 'Survey points are entered by the city.',
  },
  yes_no_value: { vi: 'Tiêu chí có/không: nhập 1 (có) hoặc 0 (không).', en: 'Yes/no criterion: enter 1 or 0.' },
  ratio_range: { vi: 'Nhập tỷ lệ từ 0 đến 100 (%).', en: 'Enter a percentage from 0 to 100.' },
  points_range: { vi: 'Điểm phải từ 0 đến {max}.', en: 'Points run from 0 to {max}.' },
  two_decimals: { vi: 'Nhập số có tối đa 2 chữ số thập phân.', en: 'Enter a number with at most 2 decimals.' },
  reason_required: {
    vi: 'Điểm khác điểm tính từ số liệu ({points}): ghi rõ lý do.',
    en: 'The points differ from the data’s ({points}): give the reason.',
  },
  comment_required: {
    vi: 'Điểm thẩm định khác điểm tự chấm: ghi nhận xét.',
    en: 'The appraised points differ from the ward’s: add a comment.',
  },
  not_scored: { vi: 'Chưa chấm điểm tiêu chí này.', en: 'This criterion is not scored yet.' },
  status_conflict: {
    vi: 'Bản tự đánh giá đang ở trạng thái “{status}”: không thực hiện được thao tác này.',
    en: 'The self-assessment is “{status}”: this cannot be done now.',
  },
  deadline_passed: {
    vi: 'Đã quá hạn nộp bản tự đánh giá của thành phố ({date}).',
    en: 'The city’s deadline for self-assessments has passed ({date}).',
  },
  already_answered: { vi: 'Phường đã giải trình một lần.', en: 'The ward has already answered once.' },
  evidence_not_found: { vi: 'Không tìm thấy tài liệu kiểm chứng.', en: 'Evidence not found.' },
  evidence_ref: { vi: 'Chọn {what} để làm tài liệu kiểm chứng.', en: 'Choose the {what} to link as evidence.' },
  evidence_own_unit: {
    vi: 'Chỉ gỡ được tài liệu kiểm chứng do đơn vị mình bổ sung.',
    en: 'You can remove only the evidence your unit added.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ParMessageKey = keyof typeof MESSAGES;
export const parMessage = messagesOf<ParMessageKey>(MESSAGES);

/** A refusal with its text, and the field it belongs to when there is one. */
export function parError(code: ErrorCode, key: ParMessageKey, lang: Lang, values = {}, field?: string): AppError {
  return parMessage.error(code, key, lang, values, field);
}

/** The text of a domain score rule, with the rule as its reason. */
export const scoreRuleReason = (rule: ScoreRule, lang: Lang, max: number) =>
  parMessage.reasoned(rule === 'not_a_leaf' ? 'not_a_leaf' : rule, lang, { max });

/** Status names in Vietnamese, as the pages print them. */
export const STATUS_NAMES = {
  draft: 'Đang tự chấm',
  submitted: 'Đã nộp thành phố',
  appraised: 'Đã thẩm định',
  final: 'Đã công bố',
} as const;
