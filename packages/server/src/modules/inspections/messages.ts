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
  notice_number: {
    vi: 'Số thông báo chỉ gồm phần số (ví dụ 25, in ra là «Số: 25/TB-UBND»).',
    en: 'The notice number is the number alone (e.g. 25, printed as "Số: 25/TB-UBND").',
  },
  notice_before_inspection: {
    vi: 'Ngày kết luận không được trước ngày bắt đầu kiểm tra ({date}).',
    en: 'The conclusion cannot be dated before the inspection starts ({date}).',
  },
  follow_up_before_conclusion: {
    vi: 'Hạn khắc phục phải sau ngày kết luận ({date}).',
    en: 'A remediation deadline must come after the conclusion ({date}).',
  },
  follow_up_before_inspection: {
    vi: 'Hạn khắc phục phải sau ngày bắt đầu kiểm tra ({date}).',
    en: 'A remediation deadline must come after the inspection starts ({date}).',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type InspectionMessageKey = keyof typeof MESSAGES;

/** An inspection rule's message in a language. */
export const inspectionMessage = messagesOf<InspectionMessageKey>(MESSAGES);
