import type { UnrankedReason } from '@cchc/domain';
import { type Lang, messagesOf } from '../../i18n/messages.js';

const MESSAGES = {
  too_few_dossiers: {
    vi: 'Ít hơn {min} hồ sơ trong kỳ ({count} hồ sơ): không xếp hạng',
    en: 'Fewer than {min} dossiers in the period ({count}): not ranked',
  },
  no_data: { vi: 'Không có số liệu để tính trong kỳ', en: 'No figures to compute for the period' },
  no_plan: { vi: 'Chưa có kế hoạch CCHC của năm', en: 'No PAR plan for the year' },
  no_tasks_due: { vi: 'Chưa có nhiệm vụ đến hạn trong kỳ', en: 'No task due by the end of the period' },
  no_units: { vi: 'Chưa có đơn vị để tự kiểm tra', en: 'No unit to self-inspect' },
  no_reports_due: { vi: 'Chưa có báo cáo đến hạn', en: 'No report due yet' },
  period_invalid: {
    vi: 'Kỳ phải là tháng (2026-03), quý (2026-Q1) hoặc năm (2026)',
    en: 'The period is a month (2026-03), a quarter (2026-Q1) or a year (2026)',
  },
  ward_not_found: { vi: 'Không tìm thấy phường/xã', en: 'Ward not found' },
  report_period_invalid: {
    vi: 'Kỳ báo cáo phải là 2026-Q1, 2026-Q2, 2026-H1, 2026-Q3 hoặc 2026',
    en: 'The report period is 2026-Q1, 2026-Q2, 2026-H1, 2026-Q3 or 2026',
  },
  block_required: { vi: 'Chọn khối: phường hoặc xã, đặc khu', en: 'Choose a block: wards or communes' },
  wards_unknown: {
    vi: 'Chọn ít nhất một phường/xã có trong hệ thống {codes}',
    en: 'Choose at least one known ward {codes}',
  },
  report_not_sent: { vi: 'Phường/xã chưa gửi báo cáo kỳ này', en: 'The ward has not sent this report' },
} as const satisfies Record<string, Record<Lang, string>>;

export type CityMessageKey = keyof typeof MESSAGES;

/** A city-view message in a language. */
export const cityMessage = messagesOf<CityMessageKey>(MESSAGES);

/** Why a ward has no rank, in words. */
export const unrankedText = (reason: UnrankedReason, lang: Lang, detail: Record<string, number> = {}): string =>
  cityMessage(reason, lang, detail);
