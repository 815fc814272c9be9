import type { AppError, ErrorCode } from '../../errors.js';
import { type Lang, messagesOf } from '../../i18n/messages.js';

/** Rules of task follow-up a request can break, beyond the shape the zod schemas check. */
export type TaskRule =
  | 'plan_closed'
  | 'task_dropped'
  | 'task_settled'
  | 'pending_review'
  | 'evidence_required'
  | 'not_pending_acceptance'
  | 'not_pending_unit_head'
  | 'own_unit_acceptance'
  | 'not_event_task'
  | 'no_such_milestone'
  | 'completed_in_future'
  | 'due_before_document'
  | 'no_plan'
  | 'unit_unknown'
  | 'due_required'
  | 'amendment_decided'
  | 'amendment_task_required'
  | 'progress_without_start'
  | 'nothing_changed'
  | 'due_outside_plan_year'
  | 'due_in_past'
  | 'decision_note_required'
  | 'decision_number';

const MESSAGES: Record<TaskRule, Record<Lang, string>> = {
  plan_closed: { vi: 'Kế hoạch đã kết thúc, chỉ được xem.', en: 'The plan is closed: read only.' },
  task_dropped: { vi: 'Nhiệm vụ đã được bãi bỏ khỏi kế hoạch.', en: 'The task was dropped from the plan.' },
  task_settled: {
    vi: 'Nhiệm vụ đã hoàn thành, không cập nhật thêm được.',
    en: 'The task is completed and can no longer be changed.',
  },
  pending_review: {
    vi: 'Nhiệm vụ đang chờ duyệt kết quả, chưa cập nhật được.',
    en: 'The task is waiting for its completion to be reviewed.',
  },
  evidence_required: {
    vi: 'Cần có ít nhất một minh chứng (tệp hoặc văn bản) trước khi báo cáo hoàn thành.',
    en: 'Add at least one piece of evidence (file or document) before marking the task done.',
  },
  not_pending_acceptance: {
    vi: 'Nhiệm vụ không ở trạng thái chờ nghiệm thu.',
    en: 'The task is not waiting for acceptance.',
  },
  not_pending_unit_head: {
    vi: 'Nhiệm vụ không ở trạng thái chờ trưởng đơn vị duyệt.',
    en: 'The task is not waiting for the unit head.',
  },
  own_unit_acceptance: {
    vi: 'Phường yêu cầu người thứ hai nghiệm thu: nhiệm vụ do đơn vị của đầu mối chủ trì phải do Chủ tịch hoặc Phó Chủ tịch UBND nghiệm thu.',
    en: "The ward asks for a second pair of eyes: a task the coordinator's own unit leads is accepted by the chairman or a vice-chairman.",
  },
  not_event_task: {
    vi: 'Chỉ nhiệm vụ thực hiện theo yêu cầu, chỉ đạo mới ghi nhận văn bản triển khai.',
    en: 'Only tasks triggered by an instruction record one.',
  },
  no_such_milestone: {
    vi: 'Nhiệm vụ không có mốc thời gian này.',
    en: 'The task has no such milestone.',
  },
  completed_in_future: {
    vi: 'Ngày hoàn thành không được sau ngày hôm nay.',
    en: 'The completion day cannot be after today.',
  },
  due_before_document: {
    vi: 'Hạn hoàn thành không được trước ngày của văn bản.',
    en: 'The due date cannot be before the document date.',
  },
  no_plan: { vi: 'Phường chưa có kế hoạch CCHC năm.', en: 'The ward has no yearly PAR plan yet.' },
  unit_unknown: { vi: 'Đơn vị không thuộc phường.', en: 'The unit does not belong to the ward.' },
  due_required: {
    vi: 'Nhiệm vụ có thời hạn cần ngày hoàn thành.',
    en: 'A dated task needs a due date.',
  },
  amendment_decided: { vi: 'Đề xuất này đã được quyết định.', en: 'This proposal has already been decided.' },
  amendment_task_required: {
    vi: 'Cần chọn nhiệm vụ cần điều chỉnh hoặc bãi bỏ.',
    en: 'Choose the task to change or drop.',
  },
  progress_without_start: {
    vi: 'Nhiệm vụ «Chưa triển khai» không thể có tiến độ trên 0 %: chọn «Đang thực hiện» hoặc để tiến độ 0 %.',
    en: 'A task "Not started" cannot show progress above 0 %: choose "In progress" or keep 0 %.',
  },
  due_outside_plan_year: {
    vi: 'Hạn mới phải nằm trong năm của kế hoạch ({year}).',
    en: 'The new deadline must fall within the plan year ({year}).',
  },
  decision_note_required: {
    vi: 'Cần ghi lý do không đồng ý đề xuất.',
    en: 'Give the reason for rejecting the proposal.',
  },
  decision_number: {
    vi: 'Số quyết định chưa đúng dạng: ghi số và ký hiệu, ví dụ 45/QĐ-UBND.',
    en: 'The decision number is not in the usual form: number and symbol, e.g. 45/QĐ-UBND.',
  },
  due_in_past: {
    vi: 'Hạn mới đã qua. Hãy xác nhận nếu vẫn muốn đề xuất hạn này.',
    en: 'The new deadline has passed. Confirm to propose it anyway.',
  },
  nothing_changed: {
    vi: 'Cập nhật không thay đổi gì: hãy thay đổi tiến độ, trạng thái hoặc ghi nội dung cập nhật.',
    en: 'The update changes nothing: change the progress or the status, or write what was done.',
  },
};

const CODES: Partial<Record<TaskRule, ErrorCode>> = {
  progress_without_start: 'validation_failed',
  nothing_changed: 'validation_failed',
  due_outside_plan_year: 'validation_failed',
  due_in_past: 'validation_failed',
  decision_note_required: 'validation_failed',
  decision_number: 'validation_failed',
  completed_in_future: 'validation_failed',
  no_such_milestone: 'validation_failed',
  due_before_document: 'validation_failed',
  unit_unknown: 'validation_failed',
  due_required: 'validation_failed',
  amendment_task_required: 'validation_failed',
  no_plan: 'not_found',
  own_unit_acceptance: 'forbidden',
};

/** The text of a broken rule in the caller's language. */
export const taskRuleMessage = messagesOf(MESSAGES);

/** The error of a broken rule: 409 for the task's state, 400 on `field` for input that breaks a rule. */
export function taskRuleError(
  rule: TaskRule,
  lang: Lang,
  field?: string,
  values: Record<string, string | number> = {},
): AppError {
  return taskRuleMessage.error(CODES[rule] ?? 'conflict', rule, lang, values, field);
}
