import type { ProblemValues } from '@cchc/domain';
import { AppError, type ErrorCode, type ReasonedMessage } from '../errors.js';

export type Lang = 'vi' | 'en';

/** Default texts of the API's errors. Vietnamese is the product's language; English on `Accept-Language: en`. */
export const ERROR_MESSAGES: Record<ErrorCode, Record<Lang, string>> = {
  validation_failed: { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The submitted data is invalid.' },
  invalid_credentials: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  unauthenticated: { vi: 'Vui lòng đăng nhập.', en: 'Please log in.' },
  csrf_failed: {
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
    en: 'Invalid session token, please reload the page.',
  },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  not_found: { vi: 'Không tìm thấy dữ liệu.', en: 'Not found.' },
  conflict: { vi: 'Dữ liệu đã bị thay đổi hoặc đã tồn tại.', en: 'The data changed or already exists.' },
  payload_too_large: { vi: 'Tệp hoặc dữ liệu gửi lên quá lớn.', en: 'The upload is too large.' },
  unprocessable_file: {
    vi: 'Tệp không xử lý được (cấu trúc bất thường).',
    en: 'The file cannot be processed (abnormal structure).',
  },
  too_many_requests: {
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ít phút.',
    en: 'Too many attempts. Please try again in a few minutes.',
  },
  internal: {
    vi: 'Đã có lỗi xảy ra. Vui lòng thử lại hoặc báo quản trị viên kèm mã yêu cầu.',
    en: 'Something went wrong. Try again or tell the administrator the request id.',
  },
  unavailable: { vi: 'Hệ thống tạm thời không sẵn sàng.', en: 'The service is temporarily unavailable.' },
};

/** Picks the language from an Accept-Language header: English only when asked for first. */
export function langFrom(acceptLanguage: string | undefined): Lang {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** A module's texts: one entry per rule, each in both languages, with optional `{name}` placeholders. */
export type MessageTable<K extends string> = Record<K, Record<Lang, string>>;

/** Fills `{name}` placeholders; an unknown name stays as written so a missing value shows, not vanishes. */
export function fillPlaceholders(text: string, values: ProblemValues = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/**
 * The lookup of a module's table: a rule's text in the caller's language, placeholders filled. `.reasoned` is
 * that text with the rule's key and values beside it (a field's problem, a warning); `.error` builds (throws nothing) the refusal
 * with the text and, beside it, the rule's key and values as the machine-readable `reason`, on `field` too when
 * the rule is about one field, so callers branch on the key, never on the sentence.
 */
export const messagesOf = <K extends string>(table: MessageTable<K>) => {
  const text = (key: K, lang: Lang, values: ProblemValues = {}): string => fillPlaceholders(table[key][lang], values);
  const reasoned = (key: K, lang: Lang, values: ProblemValues = {}): ReasonedMessage => ({
    message: text(key, lang, values),
    reason: { code: key, values },
  });
  const error = (code: ErrorCode, key: K, lang: Lang, values: ProblemValues = {}, fieldName?: string): AppError => {
    const problem = reasoned(key, lang, values);
    return new AppError(code, problem.message, fieldName ? { [fieldName]: problem } : undefined, problem.reason);
  };
  return Object.assign(text, { reasoned, error });
};
