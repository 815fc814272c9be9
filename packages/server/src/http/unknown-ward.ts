import { AppError } from '../errors.js';
import type { Lang } from '../i18n/messages.js';

const TEXT: Record<Lang, string> = { vi: 'Không tìm thấy phường/xã', en: 'Ward or commune not found' };

/**
 * The 404 of a citizens' page whose ward code names no ward: said plainly, since a citizen typed or followed it.
 * Vietnamese unless the caller knows the reader's language.
 */
export const unknownWardError = (lang: Lang = 'vi') => new AppError('not_found', TEXT[lang]);
