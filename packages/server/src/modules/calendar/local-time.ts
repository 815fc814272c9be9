import { VIETNAM_OFFSET_MINUTES } from '@cchc/domain';

const OFFSET_MS = VIETNAM_OFFSET_MINUTES * 60_000;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** How a local date-time must be written, for usage messages. */
export const LOCAL_DATE_TIME_FORMAT = 'YYYY-MM-DDTHH:mm (giờ Việt Nam), ví dụ 2026-02-12T10:00';

/** Vietnam's local wall-clock fields of an instant, as `YYYY-MM-DDTHH:mm:ss`. */
function localFields(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19);
}

/**
 * Reads `YYYY-MM-DDTHH:mm[:ss]` as Vietnam local time (Asia/Ho_Chi_Minh, UTC+7 all year), or an instant with an
 * explicit `Z` / `±HH:MM`. Returns null for anything else, impossible dates included (2026-02-30T10:00).
 */
export function parseLocalDateTime(text: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, date, hh, mm, ss = '00', zone] = match;
  const wall = `${date}T${hh}:${mm}:${ss}`;
  const instant = new Date(`${wall}${zone ?? '+07:00'}`);
  if (Number.isNaN(instant.getTime())) return null;
  // Date rolls 30 February over into March; reading the wall clock back catches it.
  const check = zone ? new Date(`${wall}Z`) : instant;
  const readBack = zone ? check.toISOString().slice(0, 19) : localFields(instant);
  return readBack === wall ? instant : null;
}

/** An instant as Vietnam local time with its offset, e.g. `2026-02-24T10:00:00+07:00`. */
export function formatLocalDateTime(instant: Date): string {
  return `${localFields(instant)}+07:00`;
}
