// Dossier codes `{agency id}-{yymmdd}-{sequence}` (MaHoSo, docs/DOMAIN.md §3), e.g. H15.50.05.13-261008-0975. Uniqueness
// under concurrent intake is the server's job; this file only writes and reads the text.
import type { IsoDate } from '../clock.js';

/** The parts of a dossier code. */
export interface DossierCodeParts {
  /** The receiving agency's id on the national portal, e.g. `H15.50.05.13`. */
  agencyId: string;
  /** The day of submission (online) or acceptance (counter), in Vietnam's calendar. */
  date: IsoDate;
  /** The day's sequence number at that agency, from 1. */
  sequence: number;
}

const ISO_DATE = /^(20\d{2})-(\d{2})-(\d{2})$/;
// The agency id is everything before the last two parts, so an id holding a hyphen still reads back.
const CODE = /^(.+)-(\d{2})(\d{2})(\d{2})-([1-9]\d{4,}|\d{4})$/;
const MIN_SEQUENCE_DIGITS = 4;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkAgencyId(agencyId: string): void {
  if (agencyId.trim() !== agencyId || agencyId === '' || /\s/.test(agencyId)) {
    throw new RangeError(`Not an agency id: "${agencyId}"`);
  }
}

/**
 * Writes a dossier code. The sequence is zero-padded to 4 digits and takes more when the day passes 9999. Throws a
 * RangeError on an empty agency id or one with spaces, a date outside 2000–2099 (the code keeps two year digits) or
 * a sequence that is not a whole number from 1.
 */
export function formatDossierCode(agencyId: string, date: IsoDate, sequence: number): string {
  checkAgencyId(agencyId);
  const match = ISO_DATE.exec(date);
  if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`Not a YYYY-MM-DD date between 2000 and 2099: ${date}`);
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Not a sequence number: ${sequence}`);
  const yymmdd = `${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}`;
  return `${agencyId}-${yymmdd}-${String(sequence).padStart(MIN_SEQUENCE_DIGITS, '0')}`;
}

/**
 * Reads a dossier code written by {@link formatDossierCode}; null when the text is not one (an impossible date, a
 * sequence of 0, a padded sequence longer than 4 digits, spaces). Two-digit years are read as 20yy.
 */
export function parseDossierCode(code: string): DossierCodeParts | null {
  const match = CODE.exec(code);
  if (!match) return null;
  const [, agencyId = '', yy, mm, dd, digits = ''] = match;
  const [year, month, day] = [2000 + Number(yy), Number(mm), Number(dd)];
  if (/\s/.test(agencyId) || !isRealDate(year, month, day)) return null;
  const sequence = Number(digits);
  if (sequence < 1) return null;
  return { agencyId, date: `${year}-${mm}-${dd}`, sequence };
}
