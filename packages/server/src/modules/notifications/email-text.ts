import { type FeedbackDeadlineKind, formatShortDate, notificationPath } from '@cchc/domain';
import type { NotificationKind } from '../../db/column-types.js';
import { NOTIFICATION_DATA, type NotificationData } from './data.js';
import type { MailMessage } from './mailer.js';

// Vietnamese names of the feedback deadlines (the feedback module's reminder kinds).
const FEEDBACK_DEADLINES: Record<FeedbackDeadlineKind, string> = {
  reject: 'từ chối tiếp nhận',
  info_request: 'yêu cầu bổ sung thông tin',
  answer: 'trả lời',
  publish: 'công khai kết quả',
};
const dueDay = (d: { dueDate: string | null }) => (d.dueDate ? formatShortDate(d.dueDate) : '?');

const taskName = (d: { taskNo: number | null; content: string }) =>
  `${d.taskNo ? `Nhiệm vụ số ${d.taskNo}` : 'Nhiệm vụ'}: ${d.content}`;
const due = (d: { dueDate: string | null }) => (d.dueDate ? `Hạn hoàn thành: ${formatShortDate(d.dueDate)}.` : '');

/** Subject and body of each kind, from the data that kind holds (data.ts). E-mails go out in Vietnamese. */
const TEXTS: { [K in NotificationKind]: (d: NotificationData<K>) => { subject: string; body: string } } = {
  due_soon: (d) => ({
    subject: 'Nhiệm vụ sắp đến hạn',
    body: `${taskName(d)}\n${due(d)} Còn ${d.workingDays ?? '?'} ngày làm việc.`,
  }),
  overdue: (d) => ({
    subject: 'Nhiệm vụ quá hạn',
    body: `${taskName(d)}\n${due(d)} Đã quá hạn ${d.workingDays ?? '?'} ngày làm việc.`,
  }),
  update_missing: (d) => ({
    subject: 'Nhiệm vụ thường xuyên chưa cập nhật kết quả',
    body: `${taskName(d)}\nChưa có cập nhật kết quả cho kỳ báo cáo ${d.period ?? ''}.`,
  }),
  returned: (d) => ({
    subject: 'Kết quả nhiệm vụ bị trả lại',
    body: `${taskName(d)}\nÝ kiến: ${'comment' in d ? d.comment : ''}`,
  }),
  awaiting_review: (d) => ({
    subject: 'Nhiệm vụ chờ duyệt kết quả',
    body: `${taskName(d)}\nĐơn vị đã báo cáo hoàn thành, đề nghị xem xét, nghiệm thu.`,
  }),
  weekly_digest: (d) => ({
    subject: 'Tổng hợp tình hình thực hiện kế hoạch CCHC trong tuần',
    body: [
      `Tỷ lệ hoàn thành đúng hạn: ${d.onTimeRate === null ? 'chưa có nhiệm vụ đến hạn' : `${d.onTimeRate}%`}.`,
      `Nhiệm vụ quá hạn: ${d.overdue}; sắp đến hạn: ${d.dueSoon}.`,
      `Chờ nghiệm thu: ${d.awaitingReview}; nhiệm vụ thường xuyên chưa cập nhật: ${d.updateMissing}.`,
    ].join('\n'),
  }),
  feedback_deadline: (d) => ({
    subject: 'Phản ánh, kiến nghị sắp đến hạn xử lý',
    body: `Phản ánh ${d.trackingCode}: ${d.title}\nHạn ${FEEDBACK_DEADLINES[d.deadline]}: ${dueDay(d)}.`,
  }),
  report_due: (d) => ({
    subject: d.reminder === 'overdue' ? 'Báo cáo định kỳ CCHC đã quá hạn' : 'Báo cáo định kỳ CCHC sắp đến hạn',
    body: `Báo cáo ${d.period} ${'unitName' in d ? `của ${d.unitName}` : 'tổng hợp của phường'}: hạn gửi ${dueDay(d)}.`,
  }),
  accepted: (d) => ({
    subject: 'Kết quả nhiệm vụ đã được nghiệm thu',
    body: `${taskName(d)}\nKết quả đã được nghiệm thu${d.comment ? `. Ý kiến: ${d.comment}` : '.'}`,
  }),
  report_returned: (d) => ({
    subject: 'Báo cáo định kỳ của đơn vị bị trả lại',
    body: `Báo cáo ${d.period} của ${d.unitName} bị trả lại.\nLý do: ${d.comment ?? ''}`,
  }),
  decision_waiting: (d) => ({
    subject: 'Đề xuất điều chỉnh nhiệm vụ chờ Chủ tịch quyết định',
    body: `${taskName(d)}\nĐơn vị đề xuất điều chỉnh nhiệm vụ; đề nghị xem xét, quyết định.`,
  }),
  apology_needed: (d) => ({
    subject: 'Hồ sơ sắp trễ hạn: cần lập phiếu xin lỗi',
    body: `Hồ sơ ${d.code} hẹn trả ${dueDay(d)}.\nĐề nghị lập phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04).`,
  }),
};

/** The subject and body of a notification of kind `K`. */
const textOf = <K extends NotificationKind>(kind: K, data: NotificationData<K>) => TEXTS[kind](data);

/**
 * The e-mail of a notification, with a link to what it is about when the public address is known. The stored
 * data is read back through its kind's schema (its producers wrote it through the same one).
 */
export function emailOf(
  kind: NotificationKind,
  data: unknown,
  taskId: string | null,
  publicUrl: string | undefined,
): Omit<MailMessage, 'to'> {
  const parsed = NOTIFICATION_DATA[kind].safeParse(data);
  if (!parsed.success) throw new Error(`notification data of kind ${kind} does not fit its schema`);
  const { subject, body } = textOf(kind, parsed.data);
  const link = publicUrl ? `\n\nXem chi tiết: ${publicUrl}${notificationPath({ taskId, data: parsed.data })}` : '';
  return {
    subject: `[CCHC] ${subject}`,
    text: `${body}${link}\n\nThư gửi tự động từ hệ thống cchc, vui lòng không trả lời.`,
  };
}
