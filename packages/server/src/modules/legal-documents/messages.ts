import { type Lang, messagesOf } from '../../i18n/messages.js';

const MESSAGES = {
  number_taken: { vi: 'Đã có văn bản mang số, ký hiệu này.', en: 'A document already has this number.' },
  not_in_force: { vi: 'Văn bản đã hết hiệu lực.', en: 'The document is no longer in force.' },
  by_document: {
    vi: 'Chọn văn bản sửa đổi, thay thế hoặc bãi bỏ (khác văn bản này).',
    en: 'Choose the amending, replacing or repealing document (not this one).',
  },
  file_type: { vi: 'Chỉ nhận tệp PDF hoặc Word.', en: 'Only PDF or Word files are accepted.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LegalMessageKey = keyof typeof MESSAGES;

/** A legal-document rule's message in a language. */
export const legalMessage = messagesOf<LegalMessageKey>(MESSAGES);
