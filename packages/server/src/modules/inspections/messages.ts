import { type Lang, messagesOf } from '../../i18n/messages.js';

const MESSAGES = {
  unit_not_found: { vi: 'Không tìm thấy phòng, đơn vị.', en: 'Unit not found.' },
  plan_not_found: { vi: 'Không tìm thấy kế hoạch kiểm tra.', en: 'Inspection plan not found.' },
  finding_not_found: { vi: 'Không tìm thấy nội dung phát hiện.', en: 'Finding not found.' },
  status_conflict: {
    vi: 'Cuộc kiểm tra đang ở trạng thái không cho phép thao tác này.',
    en: 'The inspection is in a status that does not allow this.',
  },
  not_concluded: { vi: 'Cuộc kiểm tra chưa có kết luận.', en: 'The inspection has no conclusion yet.' },
  duplicate_area: { vi: 'Mỗi nội dung chỉ đánh giá một lần.', en: 'Each area is assessed once.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type InspectionMessageKey = keyof typeof MESSAGES;

/** An inspection rule's message in a language. */
export const inspectionMessage = messagesOf<InspectionMessageKey>(MESSAGES);
