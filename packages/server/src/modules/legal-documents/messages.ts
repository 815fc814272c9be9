import { type Lang, messagesOf } from '../../i18n/messages.js';

const MESSAGES = {
  number_taken: { vi: 'Đã có văn bản mang số, ký hiệu này.', en: 'A document already has this number.' },
  not_in_force: { vi: 'Văn bản đã hết hiệu lực.', en: 'The document is no longer in force.' },
  by_document: {
    vi: 'Chọn văn bản sửa đổi, thay thế hoặc bãi bỏ (khác văn bản này).',
    en: 'Choose the amending, replacing or repealing document (not this one).',
  },
  effective_before_signed: {
    vi: 'Ngày có hiệu lực không được trước ngày ký.',
    en: 'The effective date cannot be before the signing date.',
  },
  expiry_not_after_effective: {
    vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
    en: 'The expiry date must be after the effective date.',
  },
  file_type: { vi: 'Chỉ nhận tệp PDF hoặc Word.', en: 'Only PDF or Word files are accepted.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LegalMessageKey = keyof typeof MESSAGES;

/** A legal-document rule's message in a language. */
export const legalMessage = messagesOf<LegalMessageKey>(MESSAGES);
