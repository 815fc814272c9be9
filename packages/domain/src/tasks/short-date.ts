import { formatVietnamDate, type IsoDate } from '../clock.js';

/** A date as Vietnamese tables write it, `dd/MM/yyyy` (20/03/2026); '' for null. One rule: `formatVietnamDate`. */
export function formatShortDate(date: IsoDate | null): string {
  return formatVietnamDate(date);
}
