import { isIsoDate } from '../calendar/dates.js';
import { type IsoDate, VIETNAM_OFFSET_MINUTES } from '../clock.js';
import type { CellValue, DocumentNumbering } from './types.js';

/** What an unnumbered draft or an unknown part prints in place of the value. */
export const PLACEHOLDER = '…';

/**
 * Decree 30/2020 writes days below 10 and the months January and February with a leading zero, so that nobody can
 * add a digit by hand (`ngày 05 tháng 3`, `tháng 01`, `tháng 12`).
 */
function dayAndMonth(day: number, month: number): { day: string; month: string } {
  return { day: String(day).padStart(2, '0'), month: month <= 2 ? `0${month}` : String(month) };
}

function partsOf(date: IsoDate): [year: number, month: number, day: number] {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** `ngày 05 tháng 3 năm 2026`; throws a RangeError on anything but a real `YYYY-MM-DD` date. */
export function formatVietnameseDate(date: IsoDate): string {
  const [year, month, day] = partsOf(date);
  const parts = dayAndMonth(day, month);
  return `ngày ${parts.day} tháng ${parts.month} năm ${year}`;
}

/** The date line of the header: `Hải Dương, ngày 05 tháng 3 năm 2026`. */
export function formatPlaceAndDate(place: string, date: IsoDate): string {
  return `${place}, ${formatVietnameseDate(date)}`;
}

/**
 * An instant as the one-stop forms print it, in Vietnam's time: `14 giờ 30 phút, ngày 05 tháng 3 năm 2026`.
 */
export function formatMoment(instant: Date): string {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  const date = local.toISOString().slice(0, 10);
  const hours = String(local.getUTCHours()).padStart(2, '0');
  const minutes = String(local.getUTCMinutes()).padStart(2, '0');
  return `${hours} giờ ${minutes} phút, ${formatVietnameseDate(date)}`;
}

/**
 * The registry number alone, whatever was typed in the field: `45`, `45/BC-UBND` and `Số: 45/BC-UBND` all give
 * `45`, so the number line can never print `45/BC-UBND/BC-UBND`. Null (an unnumbered draft) for an empty field.
 */
export function registryNumber(typed: string | null): string | null {
  const number =
    (typed ?? '')
      .replace(/^\s*số\s*:?\s*/iu, '')
      .split('/')[0]
      ?.trim() ?? '';
  return number === '' ? null : number;
}

/**
 * The number line: `Số: 12/BC-UBND`, `Số: …/BC-UBND` before numbering, `Số: 7/UBND-VP` for a letter, a number
 * registered whole as written. Throws a RangeError for a letter without its drafting unit: its number would be
 * ambiguous.
 */
export function formatDocumentNumber(numbering: DocumentNumbering): string {
  if ('written' in numbering) return `Số: ${numbering.written}`;
  const number = registryNumber(numbering.number) ?? PLACEHOLDER;
  if (numbering.typeCode !== 'CV') return `Số: ${number}/${numbering.typeCode}-${numbering.issuerCode}`;
  if (!numbering.draftingUnitCode) throw new RangeError('A letter (CV) number needs the drafting unit code');
  return `Số: ${number}/${numbering.issuerCode}-${numbering.draftingUnitCode}`;
}

const NUMBER_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A cell as printed in a document: Vietnamese digit grouping (`1.234`, `90,59`), empty for null. */
export function formatCellValue(value: CellValue): string {
  if (value === null) return '';
  return typeof value === 'number' ? NUMBER_FORMAT.format(value) : value;
}

/**
 * The `Kính gửi:` lines: one addressee on the same line; several as `- …;` lines under it, the last ending with a
 * full stop, as Decree 30's model letter writes them.
 */
export function formatAddressees(addressees: readonly string[]): string[] {
  if (addressees.length === 0) return [];
  if (addressees.length === 1) return [`Kính gửi: ${addressees[0]}`];
  const last = addressees.length - 1;
  return ['Kính gửi:', ...addressees.map((addressee, index) => `- ${addressee}${index === last ? '.' : ';'}`)];
}
