/**
 * The one source of "now" on the server. Production reads the system time; `CCHC_NOW` (development) and tests
 * move it. Setting the clock keeps it running from the new instant, so sessions and logs still advance.
 */
export interface Clock {
  now(): Date;
  /** Moves the clock to `instant`; it keeps running from there. */
  set(instant: Date): void;
}

export function createClock(start?: Date): Clock {
  let offsetMs = start ? start.getTime() - Date.now() : 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    set: (instant) => {
      offsetMs = instant.getTime() - Date.now();
    },
  };
}
