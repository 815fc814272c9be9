import { formatShortDate } from '@cchc/domain';
import type { NotificationKind } from '../../db/column-types.js';
import type { MailMessage } from './mailer.js';

/** What a notification's data holds; every field optional, the texts cope with what is there. */
interface NotificationData {
  taskNo?: number | null;
  content?: string;
  dueDate?: string | null;
  workingDays?: number | null;
  period?: string | null;
  comment?: string | null;
  onTimeRate?: number | null;
  overdue?: number;
  dueSoon?: number;
  awaitingReview?: number;
  updateMissing?: number;
  feedbackId?: string;
  trackingCode?: string;
  title?: string;
  deadline?: 'reject' | 'info_request' | 'answer' | 'publish';
  periodCode?: string;
  unitName?: string;
  reminder?: 'due_soon' | 'overdue';
  dossierId?: string;
  code?: string;
  amendmentId?: string;
}

// Vietnamese names of the feedback deadlines (the feedback module's reminder kinds).
const FEEDBACK_DEADLINES: Record<NonNullable<NotificationData['deadline']>, string> = {
  reject: 'từ chối tiếp nhận',
  info_request: 'yêu cầu bổ sung thông tin',
  answer: 'trả lời',
  publish: 'công khai kết quả',
};
const dueDay = (d: NotificationData) => (d.dueDate ? formatShortDate(d.dueDate) : '?');

const taskName = (d: NotificationData) => `${d.taskNo ? `Nhiệm vụ số ${d.taskNo}` : 'Nhiệm vụ'}: ${d.content ?? ''}`;
const due = (d: NotificationData) => (d.dueDate ? `Hạn hoàn thành: ${formatShortDate(d.dueDate)}.` : '');

/** Subject and body of each kind. E-mails go out in Vietnamese, the product's language. */
const TEXTS: Record<NotificationKind, (d: NotificationData) => { subject: string; body: string }> = {
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
    body: `${taskName(d)}\nÝ kiến: ${d.comment ?? ''}`,
  }),
  awaiting_review: (d) => ({
    subject: 'Nhiệm vụ chờ duyệt kết quả',
    body: `${taskName(d)}\nĐơn vị đã báo cáo hoàn thành, đề nghị xem xét, nghiệm thu.`,
  }),
  weekly_digest: (d) => ({
    subject: 'Tổng hợp tình hình thực hiện kế hoạch CCHC trong tuần',
    body: [
      `Tỷ lệ hoàn thành đúng hạn: ${d.onTimeRate === null || d.onTimeRate === undefined ? 'chưa có nhiệm vụ đến hạn' : `${d.onTimeRate}%`}.`,
      `Nhiệm vụ quá hạn: ${d.overdue ?? 0}; sắp đến hạn: ${d.dueSoon ?? 0}.`,
      `Chờ nghiệm thu: ${d.awaitingReview ?? 0}; nhiệm vụ thường xuyên chưa cập nhật: ${d.updateMissing ?? 0}.`,
    ].join('\n'),
  }),
  feedback_deadline: (d) => ({
    subject: 'Phản ánh, kiến nghị sắp đến hạn xử lý',
    body: `Phản ánh ${d.trackingCode ?? ''}: ${d.title ?? ''}\nHạn ${FEEDBACK_DEADLINES[d.deadline ?? 'answer']}: ${dueDay(d)}.`,
  }),
  report_due: (d) => ({
    subject: d.reminder === 'overdue' ? 'Báo cáo định kỳ CCHC đã quá hạn' : 'Báo cáo định kỳ CCHC sắp đến hạn',
    body: `Báo cáo ${d.period ?? ''} ${d.unitName ? `của ${d.unitName}` : 'tổng hợp của phường'}: hạn gửi ${dueDay(d)}.`,
  }),
  accepted: (d) => ({
    subject: 'Kết quả nhiệm vụ đã được nghiệm thu',
    body: `${taskName(d)}\nKết quả đã được nghiệm thu${d.comment ? `. Ý kiến: ${d.comment}` : '.'}`,
  }),
  report_returned: (d) => ({
    subject: 'Báo cáo định kỳ của đơn vị bị trả lại',
    body: `Báo cáo ${d.period ?? ''} ${d.unitName ? `của ${d.unitName}` : ''} bị trả lại.\nLý do: ${d.comment ?? ''}`,
  }),
  decision_waiting: (d) => ({
    subject: 'Đề xuất điều chỉnh nhiệm vụ chờ Chủ tịch quyết định',
    body: `${taskName(d)}\nĐơn vị đề xuất điều chỉnh nhiệm vụ; đề nghị xem xét, quyết định.`,
  }),
  apology_needed: (d) => ({
    subject: 'Hồ sơ sắp trễ hạn: cần lập phiếu xin lỗi',
    body: `Hồ sơ ${d.code ?? ''} hẹn trả ${dueDay(d)}.\nĐề nghị lập phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04).`,
  }),
};

/** The page a notification opens: its task, feedback, period report or dossier; the dashboard otherwise. */
export function pathOf(taskId: string | null, data: Record<string, unknown>): string {
  const d = data as NotificationData;
  if (taskId) return `/nhiem-vu/${taskId}`;
  if (d.feedbackId) return `/phan-anh/${d.feedbackId}`;
  if (d.periodCode) return `/bao-cao/${d.periodCode}`;
  if (d.dossierId) return `/ho-so/${d.dossierId}`;
  if (d.amendmentId) return '/nhiem-vu/dieu-chinh';
  return '/thong-ke';
}

/** The e-mail of a notification, with a link to what it is about when the public address is known. */
export function emailOf(
  kind: NotificationKind,
  data: Record<string, unknown>,
  taskId: string | null,
  publicUrl: string | undefined,
): Omit<MailMessage, 'to'> {
  const { subject, body } = TEXTS[kind](data as NotificationData);
  const link = publicUrl ? `\n\nXem chi tiết: ${publicUrl}${pathOf(taskId, data)}` : '';
  return {
    subject: `[CCHC] ${subject}`,
    text: `${body}${link}\n\nThư gửi tự động từ hệ thống cchc, vui lòng không trả lời.`,
  };
}
