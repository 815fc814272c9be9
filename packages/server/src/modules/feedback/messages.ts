import { type Lang, messagesOf } from '../../i18n/messages.js';

/** Messages of the feedback rules, in the caller's language. */
const MESSAGES = {
  related_not_found: { vi: 'Không tìm thấy phản ánh có mã tra cứu này.', en: 'No feedback has this tracking code.' },
  dossier_code_required: {
    vi: 'Vui lòng nhập mã hồ sơ mà phản ánh đề cập.',
    en: 'Enter the code of the dossier this feedback is about.',
  },
  legal_document_not_found: { vi: 'Không tìm thấy văn bản.', en: 'Document not found.' },
  unit_not_found: { vi: 'Không tìm thấy phòng, đơn vị.', en: 'Unit not found.' },
  same_unit: { vi: 'Phản ánh đang ở đơn vị này.', en: 'The feedback is already with this unit.' },
  status_conflict: {
    vi: 'Phản ánh đang ở trạng thái không cho phép thao tác này.',
    en: 'The feedback is in a status that does not allow this.',
  },
  personal_data_left: {
    vi: 'Nội dung công khai còn họ tên hoặc thông tin liên hệ của người gửi.',
    en: "The public text still contains the submitter's name or contact.",
  },
  attachment_type: {
    vi: 'Chỉ nhận ảnh (JPG, PNG), tệp PDF hoặc Word.',
    en: 'Only images (JPG, PNG), PDF or Word files are accepted.',
  },
  attachment_empty: { vi: 'Tệp rỗng, không có nội dung.', en: 'The file is empty.' },
  attachment_mismatch: {
    vi: 'Nội dung tệp không đúng định dạng của phần mở rộng.',
    en: "The file's content does not match its extension.",
  },
  attachment_too_large: { vi: 'Tệp vượt quá 5 MB.', en: 'The file is over 5 MB.' },
  closed_no_attachments: {
    vi: 'Phản ánh đã kết thúc: không nhận thêm tệp đính kèm.',
    en: 'The feedback is closed: no more attachments.',
  },
  attachment_too_many: { vi: 'Tối đa 3 tệp đính kèm.', en: 'At most 3 attachments.' },
  not_published: { vi: 'Phản ánh chưa được công khai.', en: 'The feedback is not published.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type FeedbackMessageKey = keyof typeof MESSAGES;

/** A feedback rule's message in a language. */
export const feedbackMessage = messagesOf<FeedbackMessageKey>(MESSAGES);
