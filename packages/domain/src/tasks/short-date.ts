import type { IsoDate } from '../clock.js';

/** A date as Vietnamese tables write it, `dd/MM/yyyy` (20/03/2026); '' for null. */
export function formatShortDate(date: IsoDate | null): string {
  if (!date) return '';
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
