import type { OfficialYearProblemCode } from '@cchc/domain';
import { type Lang, messagesOf } from '../../i18n/messages.js';

/** Calendar rules an edit can break, beyond the shape the zod schemas check. */
export type CalendarRule =
  | 'make_up_not_weekend'
  | 'already_day_off'
  | 'already_make_up'
  | 'not_a_day_off'
  | 'not_a_make_up_day'
  | 'office_hours_order'
  | OfficialYearProblemCode;

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
  // The domain's check of the whole year after an edit (`checkOfficialYear`).
  calendar_date_malformed: {
    vi: 'Ngày "{date}" không đúng dạng YYYY-MM-DD.',
    en: '"{date}" is not a YYYY-MM-DD date.',
  },
  calendar_date_outside_year: {
    vi: 'Ngày {date} không thuộc năm {year}.',
    en: '{date} is not in {year}.',
  },
  calendar_reason_missing: { vi: 'Ngày {date} chưa ghi lý do.', en: '{date} has no reason.' },
  calendar_date_twice: {
    vi: 'Ngày {date} được ghi hai lần trong lịch năm.',
    en: '{date} is listed twice in the year calendar.',
  },
  calendar_make_up_weekday: {
    vi: 'Ngày làm bù {date} là ngày thường, vốn đã là ngày làm việc.',
    en: 'The make-up day {date} is a weekday, already a working day.',
  },
};

/** The text of a broken rule in the caller's language. */
export const ruleMessage = messagesOf(MESSAGES);
