import { AppError, type ErrorCode } from '../../errors.js';
import type { Lang } from '../../i18n/messages.js';

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

const RULES: Record<ReportRule, { code: ErrorCode; vi: string; en: string }> = {
  period_unknown: {
    code: 'not_found',
    vi: 'Kế hoạch không có kỳ báo cáo này.',
    en: 'The plan has no such reporting period.',
  },
  unit_unknown: { code: 'not_found', vi: 'Đơn vị không thuộc phường.', en: 'The unit does not belong to the ward.' },
  plan_closed: { code: 'conflict', vi: 'Kế hoạch đã kết thúc, chỉ được xem.', en: 'The plan is closed: read only.' },
  empty_report: {
    code: 'validation_failed',
    vi: 'Báo cáo chưa có nội dung: hãy ghi kết quả thực hiện trước khi gửi.',
    en: 'The report is empty: write the results before sending it.',
  },
  send_unconfirmed: {
    code: 'validation_failed',
    vi: 'Cần xác nhận gửi báo cáo: sau khi gửi, báo cáo chỉ sửa được khi đầu mối trả lại.',
    en: 'Confirm sending the report: once sent, it can be changed only if the coordinator returns it.',
  },
  not_editable: {
    code: 'conflict',
    vi: 'Báo cáo đã gửi, chỉ sửa được khi bị trả lại.',
    en: 'The report was sent; it can be changed only once returned.',
  },
  not_submitted: {
    code: 'conflict',
    vi: 'Báo cáo không ở trạng thái chờ tiếp nhận.',
    en: 'The report is not waiting for review.',
  },
  report_sent: {
    code: 'conflict',
    vi: 'Báo cáo tổng hợp đã phát hành, không sửa được nữa.',
    en: 'The consolidated report was sent and can no longer change.',
  },
  resend_new_version: {
    code: 'validation_failed',
    vi: 'Thành phố đã trả lại báo cáo: hãy gửi phiên bản đã chỉnh sửa sau phiên bản đã gửi.',
    en: 'The city returned the report: send a version edited after the one that was sent.',
  },
  no_draft: {
    code: 'conflict',
    vi: 'Chưa có dự thảo báo cáo tổng hợp: hãy tạo dự thảo trước.',
    en: 'There is no draft yet: generate one first.',
  },
  stale_version: {
    code: 'conflict',
    vi: 'Dự thảo đã được người khác lưu phiên bản mới; hãy tải lại trước khi lưu.',
    en: 'Someone saved a newer version of the draft; reload before saving.',
  },
  version_unknown: { code: 'not_found', vi: 'Không có phiên bản này.', en: 'No such version.' },
};

/** The AppError of a broken rule, worded in the caller's language. */
export function reportRuleError(rule: ReportRule, lang: Lang, field?: string): AppError {
  const { code, ...text } = RULES[rule];
  const reason = { code: rule, values: {} };
  return new AppError(code, text[lang], field ? { [field]: { message: text[lang], reason } } : undefined, reason);
}
