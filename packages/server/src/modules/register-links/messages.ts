import type { RegisterKind } from '@cchc/domain';
import { type Lang, messagesOf } from '../../i18n/messages.js';

const MESSAGES = {
  record_not_found: {
    vi: 'Không tìm thấy hồ sơ trong sổ theo dõi của phường.',
    en: "No such record in the ward's registers.",
  },
  already_linked: {
    vi: 'Hồ sơ này đã được gắn làm minh chứng của nhiệm vụ.',
    en: 'This record is already evidence of the task.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** A register link's message in a language. */
export const registerLinkMessage = messagesOf<keyof typeof MESSAGES>(MESSAGES);

/** What each register record is called on the task's evidence. */
export const KIND_LABEL: Record<RegisterKind, Record<Lang, string>> = {
  legal_review: { vi: 'Kế hoạch rà soát văn bản', en: 'Legal review plan' },
  legal_document: { vi: 'Văn bản quy phạm pháp luật', en: 'Legal document' },
  expired_list: { vi: 'Danh mục văn bản hết hiệu lực', en: 'List of expired documents' },
  inspection_plan: { vi: 'Kế hoạch kiểm tra CCHC', en: 'PAR inspection plan' },
  inspection: { vi: 'Kiểm tra CCHC tại đơn vị', en: 'PAR inspection of a unit' },
};
