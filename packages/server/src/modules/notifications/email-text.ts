import { formatShortDate } from '@cchc/domain';
import type { MailMessage } from './mailer.js';
import type { NotificationKind } from './tables.js';

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
}

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
};

/** The e-mail of a notification, with a link to the task (or the dashboard) when the public address is known. */
export function emailOf(
  kind: NotificationKind,
  data: Record<string, unknown>,
  taskId: string | null,
  publicUrl: string | undefined,
): Omit<MailMessage, 'to'> {
  const { subject, body } = TEXTS[kind](data as NotificationData);
  const path = taskId ? `/nhiem-vu/${taskId}` : '/thong-ke';
  const link = publicUrl ? `\n\nXem chi tiết: ${publicUrl}${path}` : '';
  return {
    subject: `[CCHC] ${subject}`,
    text: `${body}${link}\n\nThư gửi tự động từ hệ thống cchc, vui lòng không trả lời.`,
  };
}
