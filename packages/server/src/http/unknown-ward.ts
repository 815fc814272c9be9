import { type Lang, messagesOf } from '../i18n/messages.js';

const wardMessage = messagesOf({
  unknown_ward: { vi: 'Không tìm thấy phường/xã', en: 'Ward or commune not found' },
});

/**
 * The 404 of a citizens' page whose ward code names no ward: said plainly, since a citizen typed or followed it.
 * Vietnamese unless the caller knows the reader's language.
 */
export const unknownWardError = (lang: Lang = 'vi') => wardMessage.error('not_found', 'unknown_ward', lang);
