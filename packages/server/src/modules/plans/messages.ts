import type { PlanPart } from '@cchc/domain';
import { AppError } from '../../errors.js';
import { type Lang, messagesOf } from '../../i18n/messages.js';

/** Problems of a plan file or of an import step, beyond the shape the zod schemas check. */
export type PlanRule =
  | 'file_empty'
  | 'file_too_large'
  | 'file_type'
  | 'file_old_format'
  | 'file_base64'
  | 'txt_not_utf8'
  | 'docx_unreadable'
  | 'xlsx_unreadable'
  | 'same_as_current'
  | 'plan_closed'
  | 'amendment_pending'
  | 'not_proposed'
  | 'stale_proposal'
  | 'not_draft'
  | 'unknown_unit'
  | 'timeframe_unreadable'
  | 'no_such_task'
  | 'columns_unrecognised'
  | 'not_a_plan';

type Texts = Record<Lang, string>;

const MESSAGES: Record<PlanRule, Texts> = {
  not_a_plan: {
    vi: 'Tệp không phải kế hoạch cải cách hành chính: không tìm thấy {parts}.',
    en: 'This file is not a PAR plan: not found: {parts}.',
  },
  file_empty: { vi: 'Tệp rỗng.', en: 'The file is empty.' },
  file_too_large: { vi: 'Tệp lớn hơn {max} MB.', en: 'The file is larger than {max} MB.' },
  file_type: {
    vi: 'Chỉ nhận tệp văn bản .txt, Word .docx hoặc Excel .xlsx.',
    en: 'Only .txt, Word .docx or Excel .xlsx files are accepted.',
  },
  file_old_format: {
    vi: 'Tệp .doc, .xls (định dạng cũ) chưa được hỗ trợ: hãy mở bằng Word/Excel và lưu lại thành .docx hoặc .xlsx.',
    en: 'Old .doc and .xls files are not supported: save the file as .docx or .xlsx.',
  },
  file_base64: { vi: 'Nội dung tệp gửi lên không hợp lệ.', en: 'The uploaded content is not valid base64.' },
  txt_not_utf8: {
    vi: 'Tệp .txt phải là văn bản mã hóa UTF-8.',
    en: 'A .txt file must be UTF-8 text.',
  },
  docx_unreadable: {
    vi: 'Không đọc được tệp .docx: tệp không phải tài liệu Word hoặc đã bị hỏng.',
    en: 'The .docx file cannot be read: it is not a Word document or it is damaged.',
  },
  xlsx_unreadable: {
    vi: 'Không đọc được tệp .xlsx: tệp không phải bảng tính Excel hoặc đã bị hỏng.',
    en: 'The .xlsx file cannot be read: it is not an Excel workbook or it is damaged.',
  },
  same_as_current: {
    vi: 'Tệp này giống hệt phiên bản đã nhập trước đó của kế hoạch.',
    en: 'This file is identical to a version already imported.',
  },
  plan_closed: { vi: 'Kế hoạch năm {year} đã kết thúc, không thể thay đổi.', en: 'The {year} plan is closed.' },
  amendment_pending: {
    vi: 'Đang có đề xuất điều chỉnh (phiên bản {version}) chờ Chủ tịch quyết định.',
    en: 'An amendment (version {version}) is waiting for the chairman’s decision.',
  },
  not_proposed: {
    vi: 'Phiên bản này không phải đề xuất điều chỉnh đang chờ quyết định.',
    en: 'This version is not an amendment waiting for a decision.',
  },
  stale_proposal: {
    vi: 'Kế hoạch đã được điều chỉnh (phiên bản {current}) sau khi lập đề xuất này (dựa trên phiên bản {base}): hãy từ chối và nhập lại tệp kế hoạch.',
    en: 'The plan was amended (version {current}) after this proposal (based on version {base}): reject it and import the file again.',
  },
  not_draft: { vi: 'Kế hoạch không còn ở trạng thái dự thảo.', en: 'The plan is no longer a draft.' },
  unknown_unit: { vi: 'Đơn vị được chọn không thuộc phường/xã.', en: 'The chosen unit is not one of this ward.' },
  timeframe_unreadable: {
    vi: 'Không hiểu thời gian "{text}": ví dụ "Quý II/2026", "Tháng 5/2026", "Trước ngày 15/01/2026", "Cả năm 2026".',
    en: 'Timeframe "{text}" cannot be read: e.g. "Quý II/2026", "Tháng 5/2026", "Trước ngày 15/01/2026".',
  },
  no_such_task: { vi: 'Kế hoạch không có nhiệm vụ số {no}.', en: 'The plan has no task {no}.' },
  columns_unrecognised: {
    vi: 'Chưa nhận ra các cột của bảng phụ lục: hãy chọn cột nào là số thứ tự, nội dung, cơ quan chủ trì, phối hợp, thời gian và sản phẩm trước khi lưu.',
    en: 'The appendix columns were not recognised: say which column is the number, content, lead, coordinators, timeframe and product before saving.',
  },
};

/** The text of a plan rule in the caller's language, with `{name}` placeholders filled in. */
export const planMessage = messagesOf(MESSAGES);

const PARTS: Record<PlanPart, Texts> = {
  header: { vi: 'phần đầu văn bản (số, ngày, tên kế hoạch)', en: 'the heading (number, date, plan title)' },
  targets: { vi: 'các chỉ tiêu (mục I.2)', en: 'the targets (section I.2)' },
  appendix: {
    vi: 'bảng phụ lục nhiệm vụ (đã tìm hàng tiêu đề có cột TT/STT và Nội dung/Nhiệm vụ/Nội dung công việc, rồi các hàng nhiệm vụ đánh số 1, 2…, 1.1, 1.2… hoặc a), b)…: không có hàng nhiệm vụ nào)',
    en: 'the appendix table of tasks (looked for a header with TT/STT and Nội dung/Nhiệm vụ columns, then task rows numbered 1, 2…, 1.1, 1.2… or a), b)…: found no task row)',
  },
  year: { vi: 'năm của kế hoạch', en: 'the plan year' },
};

/** Why a file is not a plan, naming each part that was not found; the reason lists the parts' codes. */
export function notAPlanError(missing: readonly PlanPart[], lang: Lang): AppError {
  const parts = missing.map((part) => PARTS[part][lang]).join(', ');
  const message = planMessage('not_a_plan', lang, { parts });
  // The reason names the parts by their codes (header, targets…), the sentence by their description.
  const reason = { code: 'not_a_plan', values: { missing: missing.join(', ') } };
  return new AppError('validation_failed', message, { file: { message, reason } }, reason);
}
