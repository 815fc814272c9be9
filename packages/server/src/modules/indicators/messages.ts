import { messagesOf } from '../../i18n/messages.js';

/** Refusals of indicator requests beyond the shape the zod schemas check. */
export const indicatorMessage = messagesOf({
  period_invalid: {
    vi: 'Kỳ phải là tháng (2026-03), quý (2026-Q1) hoặc năm (2026)',
    en: 'The period must be a month (2026-03), a quarter (2026-Q1) or a year (2026)',
  },
  not_from_dossiers: {
    vi: 'Chỉ số {code} không được tính từ hồ sơ của đơn vị',
    en: 'Indicator {code} is not computed from the unit’s dossiers',
  },
});
