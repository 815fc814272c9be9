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
