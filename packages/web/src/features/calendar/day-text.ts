import { formatVietnamDate } from '@cchc/domain';
import type { TFunction } from 'i18next';
import type { CalendarDay } from './api';

/** `dd/MM/yyyy`, the way Vietnamese documents write dates. */
export const displayDate = (iso: string) => formatVietnamDate(iso);

/** Where a day comes from: its notice (number and title), or the Labour Code rules for a computed day. */
export function noticeText(day: CalendarDay, t: TFunction): string {
  if (day.source === 'labour_code') return t('calendar.labourCode');
  if (!day.notice) return '';
  const number = day.notice.number ?? t('calendar.noNoticeNumber');
  return t('calendar.notice', { notice: day.notice.title ? `${number} – ${day.notice.title}` : number });
}
