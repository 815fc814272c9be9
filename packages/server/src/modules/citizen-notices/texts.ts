import { formatShortDate, vietnamDateOf } from '@cchc/domain';
import type { CitizenMessage } from './messenger.js';

const lookupHint = (publicUrl: string | undefined) =>
  publicUrl ? `\nTra cứu: ${publicUrl}/tra-cuu` : '\nTra cứu hồ sơ tại trang /tra-cuu của phường.';

/** What the applicant of a dossier is told after an action, if anything (Decree 61: supplement, result, delay). */
export function dossierNotice(
  action: string,
  d: { code: string; currentDueAt: Date | null; newDueAt?: Date | null },
  publicUrl: string | undefined,
): CitizenMessage | null {
  const hint = lookupHint(publicUrl);
  if (action === 'request_supplement') {
    return {
      subject: `Hồ sơ ${d.code} cần bổ sung`,
      text: `Hồ sơ ${d.code} cần bổ sung giấy tờ. Mời ông/bà đến bổ sung hoặc xem chi tiết khi tra cứu.${hint}`,
    };
  }
  if (action === 'finish') {
    return {
      subject: `Hồ sơ ${d.code} đã có kết quả`,
      text: `Hồ sơ ${d.code} đã giải quyết xong. Mời ông/bà đến nhận kết quả.${hint}`,
    };
  }
  if (action === 'apology') {
    const date = d.newDueAt ? formatShortDate(vietnamDateOf(d.newDueAt)) : '';
    return {
      subject: `Hồ sơ ${d.code} hẹn lại ngày trả kết quả`,
      text: `Cơ quan giải quyết xin lỗi vì hồ sơ ${d.code} chậm so với hẹn; ngày hẹn trả kết quả mới: ${date}.${hint}`,
    };
  }
  return null;
}

/** The tracking code of a feedback just received. */
export const feedbackReceivedNotice = (code: string, title: string): CitizenMessage => ({
  subject: `Đã nhận phản ánh, kiến nghị ${code}`,
  text: `Phường đã nhận phản ánh, kiến nghị «${title}». Mã theo dõi: ${code}. Dùng mã này để theo dõi kết quả xử lý.`,
});

/** The answer to a feedback. */
export const feedbackAnswerNotice = (code: string, answer: string): CitizenMessage => ({
  subject: `Trả lời phản ánh, kiến nghị ${code}`,
  text: `Trả lời phản ánh, kiến nghị ${code}:\n${answer}`,
});
