// Dates of the national exports: `yyyyMMddHHmmss` (the portal's own) or ISO 8601, plus `dd/MM/yyyy HH:mm[:ss]`
// as Vietnamese spreadsheets write them. Without a zone, a time is Vietnam's (UTC+7).
import { parseLocalDateTime } from '../../calendar/index.js';

const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function instantOf(parts: (string | undefined)[], zone: string | undefined): Date | null {
  const [year, month, day, hour = '00', minute = '00', second = '00'] = parts;
  const pad = (v: string | undefined) => (v ?? '').padStart(2, '0');
  const wall = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  // Vietnam's wall clock, impossible dates (31/02) refused, as the calendar module reads every local time.
  if (zone === undefined) return parseLocalDateTime(wall);
  const instant = new Date(`${wall}${zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** Reads a date of a national export; null for an empty cell, 'invalid' for text that is not a date. */
export function parseNationalDate(text: string): Date | null | 'invalid' {
  const value = text.trim();
  if (value === '') return null;
  const compact = COMPACT.exec(value);
  if (compact) return instantOf(compact.slice(1), undefined) ?? 'invalid';
  const iso = ISO.exec(value);
  if (iso) return instantOf(iso.slice(1, 7), iso[7]) ?? 'invalid';
  const dmy = DMY.exec(value);
  if (dmy) return instantOf([dmy[3], dmy[2], dmy[1], dmy[4], dmy[5], dmy[6]], undefined) ?? 'invalid';
  return 'invalid';
}
