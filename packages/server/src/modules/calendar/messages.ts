import { type Lang, messagesOf } from '../../i18n/messages.js';

/** Calendar rules an edit can break, beyond the shape the zod schemas check. */
export type CalendarRule =
  | 'make_up_not_weekend'
  | 'already_day_off'
  | 'already_make_up'
  | 'not_a_day_off'
  | 'not_a_make_up_day'
  | 'office_hours_order'
  | 'year_inconsistent';

const MESSAGES: Record<CalendarRule, Record<Lang, string>> = {
  make_up_not_weekend: {
    vi: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
    en: 'A make-up working day must be a Saturday or a Sunday.',
  },
  already_day_off: { vi: 'Ngày này đã là ngày nghỉ trong lịch năm.', en: 'This day is already a day off.' },
  already_make_up: { vi: 'Ngày này đã là ngày làm bù.', en: 'This day is already a make-up working day.' },
  not_a_day_off: { vi: 'Ngày này không phải ngày nghỉ trong lịch năm.', en: 'This day is not a day off.' },
  not_a_make_up_day: { vi: 'Ngày này không phải ngày làm bù.', en: 'This day is not a make-up working day.' },
  office_hours_order: {
    vi: 'Các khoảng giờ phải theo thứ tự, không chồng lấn, giờ kết thúc sau giờ bắt đầu.',
    en: 'Periods must be in order, without overlap, each ending after it starts.',
  },
  // The domain's check of a whole year after an edit; its findings are for the administrator, as written.
  year_inconsistent: {
    vi: 'Lịch năm sau khi sửa không nhất quán: {problems}',
    en: 'The year calendar after this change is inconsistent: {problems}',
  },
};

/** The text of a broken rule in the caller's language. */
export const ruleMessage = messagesOf(MESSAGES);
