/** Vietnam's offset from UTC. Vietnam has no daylight saving time, so a fixed offset is exact. */
export const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** A calendar date as `YYYY-MM-DD`, always in Vietnam's local calendar. */
export type IsoDate = string;

/** The Vietnamese local calendar date of an instant. */
export function vietnamDateOf(instant: Date): IsoDate {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  return shifted.toISOString().slice(0, 10);
}
