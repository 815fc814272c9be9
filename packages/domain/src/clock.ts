/** Vietnam's offset from UTC. Vietnam has no daylight saving time, so a fixed offset is exact. */
export const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** A calendar date as `YYYY-MM-DD`, always in Vietnam's local calendar. */
export type IsoDate = string;

/** The Vietnamese local calendar date of an instant. */
export function vietnamDateOf(instant: Date): IsoDate {
  const day = Math.floor((instant.getTime() + VIETNAM_OFFSET_MINUTES * 60_000) / DAY_MS);
  let name = DAY_NAMES.get(day);
  if (name === undefined) {
    // An invalid date throws here, as toISOString always did.
    name = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (DAY_NAMES.size >= MAX_DAY_NAMES) DAY_NAMES.clear();
    DAY_NAMES.set(day, name);
  }
  return name;
}

const DAY_MS = 86_400_000;
const MAX_DAY_NAMES = 100_000;
// The indicators ask the date of hundreds of thousands of instants that fall on a few hundred days: the day's name
// is kept instead of formatting a new Date each time.
const DAY_NAMES = new Map<number, IsoDate>();
const OFFSET_MS = VIETNAM_OFFSET_MINUTES * 60_000;

/** Vietnam's wall-clock fields of an instant as `YYYY-MM-DDTHH:mm:ss`. */
function vietnamFields(instant: Date | string): string {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 19);
}

/** The first instant of a Vietnam calendar day: `2026-03-05` → 2026-03-04T17:00:00Z. */
export function vietnamDayStart(date: IsoDate): Date {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return new Date(ms - OFFSET_MS);
}

/** The first instant after a Vietnam calendar day (exclusive end): the start of the next day. */
export function vietnamDayEnd(date: IsoDate): Date {
  return new Date(vietnamDayStart(date).getTime() + DAY_MS);
}

/** A date as Vietnamese tables write it, `dd/mm/yyyy`: an `IsoDate` as it is, an instant on Vietnam's calendar. */
export function formatVietnamDate(value: IsoDate | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : vietnamFields(value);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** An instant as people read it in Vietnam, `dd/mm/yyyy HH:mm` at UTC+7, whatever the reader's own time zone. */
export function formatVietnamDateTime(instant: Date | string | null | undefined): string {
  if (instant === null || instant === undefined || instant === '') return '';
  const fields = vietnamFields(instant);
  return `${formatVietnamDate(fields.slice(0, 10))} ${fields.slice(11, 16)}`;
}
