import type { AppError, ErrorCode } from '../../errors.js';
import { type Lang, type MessageTable, messagesOf } from '../../i18n/messages.js';

/** Rules of the periodic reports a request can break, beyond the shape the zod schemas check. */
export type ReportRule =
  | 'period_unknown'
  | 'unit_unknown'
  | 'plan_closed'
  | 'not_editable'
  | 'empty_report'
  | 'send_unconfirmed'
  | 'not_submitted'
  | 'report_sent'
  | 'resend_new_version'
  | 'no_draft'
  | 'stale_version'
  | 'version_unknown';

const MESSAGES: MessageTable<ReportRule> = {
  period_unknown: { vi: 'Kế hoạch không có kỳ báo cáo này.', en: 'The plan has no such reporting period.' },
  unit_unknown: { vi: 'Đơn vị không thuộc phường.', en: 'The unit does not belong to the ward.' },
  plan_closed: { vi: 'Kế hoạch đã kết thúc, chỉ được xem.', en: 'The plan is closed: read only.' },
  empty_report: {
    vi: 'Báo cáo chưa có nội dung: hãy ghi kết quả thực hiện trước khi gửi.',
    en: 'The report is empty: write the results before sending it.',
  },
  send_unconfirmed: {
    vi: 'Cần xác nhận gửi báo cáo: sau khi gửi, báo cáo chỉ sửa được khi đầu mối trả lại.',
    en: 'Confirm sending the report: once sent, it can be changed only if the coordinator returns it.',
  },
  not_editable: {
    vi: 'Báo cáo đã gửi, chỉ sửa được khi bị trả lại.',
    en: 'The report was sent; it can be changed only once returned.',
  },
  not_submitted: { vi: 'Báo cáo không ở trạng thái chờ tiếp nhận.', en: 'The report is not waiting for review.' },
  report_sent: {
    vi: 'Báo cáo tổng hợp đã phát hành, không sửa được nữa.',
    en: 'The consolidated report was sent and can no longer change.',
  },
  resend_new_version: {
    vi: 'Thành phố đã trả lại báo cáo: hãy gửi phiên bản đã chỉnh sửa sau phiên bản đã gửi.',
    en: 'The city returned the report: send a version edited after the one that was sent.',
  },
  no_draft: {
    vi: 'Chưa có dự thảo báo cáo tổng hợp: hãy tạo dự thảo trước.',
    en: 'There is no draft yet: generate one first.',
  },
  stale_version: {
    vi: 'Dự thảo đã được người khác lưu phiên bản mới; hãy tải lại trước khi lưu.',
    en: 'Someone saved a newer version of the draft; reload before saving.',
  },
  version_unknown: { vi: 'Không có phiên bản này.', en: 'No such version.' },
};

/** The HTTP class of each refusal. */
const STATUS: Record<ReportRule, ErrorCode> = {
  period_unknown: 'not_found',
  unit_unknown: 'not_found',
  plan_closed: 'conflict',
  empty_report: 'validation_failed',
  send_unconfirmed: 'validation_failed',
  not_editable: 'conflict',
  not_submitted: 'conflict',
  report_sent: 'conflict',
  resend_new_version: 'validation_failed',
  no_draft: 'conflict',
  stale_version: 'conflict',
  version_unknown: 'not_found',
};

/** A periodic-report message in a language, from the shared messages helper. */
const reportMessage = messagesOf(MESSAGES);

/** The AppError of a broken rule, worded in the caller's language, the rule's key as its reason. */
export function reportRuleError(rule: ReportRule, lang: Lang, field?: string): AppError {
  return reportMessage.error(STATUS[rule], rule, lang, {}, field);
}
