import { MS_PER_DAY } from './dates.js';
import type { CompiledHours } from './office-hours.js';

// Working time as a position: a working day plus the working milliseconds already spent in it. Every working
// day has the same periods, so a working day is a fixed amount of working time and adding n days is adding
// n × dayMs: that is what keeps the time of day when days are added (Mon 07:00 + 1 day = Tue 07:00).

/** A moment of working time: `offset` working milliseconds into working day `day`, 0 ≤ offset < dayMs. */
export interface WorkCursor {
  day: number;
  offset: number;
}

/** Working-time arithmetic over a day table and office hours, on Vietnam local milliseconds. */
export interface WorkClock {
  /** The working position at a moment; a moment outside office hours takes the next opening's position. */
  cursorAt(localMs: number): WorkCursor;
  /** The local moment of a position (never a period's end: the next period's start instead). */
  localMsAt(cursor: WorkCursor): number;
  /**
   * The local moment of a position reached by running time forward: a position on a period boundary is the end of
   * the period just finished (11:30, 17:00), since a limit that runs out at closing time ends then.
   */
  closingLocalMsAt(cursor: WorkCursor): number;
  advance(cursor: WorkCursor, ms: number): WorkCursor;
  /** Working milliseconds from `a` to `b`, negative when `b` comes first. */
  distance(a: WorkCursor, b: WorkCursor): number;
  /** The n-th working day after `day` (before it when n < 0); `day` itself when n = 0. */
  shiftWorkingDays(day: number, n: number): number;
  /** Working days in [fromDay, toDay). */
  countWorkingDays(fromDay: number, toDay: number): number;
}

// Ten years without a working day can only come from broken data; stop rather than loop for ever.
const MAX_SCAN_DAYS = 3660;

/** Builds the clock over a working-day predicate and checked office hours. */
export function createWorkClock(isWorkingDay: (day: number) => boolean, hours: CompiledHours): WorkClock {
  const { periods, dayMs } = hours;

  function shiftWorkingDays(day: number, n: number): number {
    const step = n < 0 ? -1 : 1;
    let remaining = Math.abs(n);
    let current = day;
    for (let scanned = 0; remaining > 0; scanned++) {
      if (scanned > MAX_SCAN_DAYS + remaining * 7)
        throw new RangeError('No working day found: check the calendar data');
      current += step;
      if (isWorkingDay(current)) remaining--;
    }
    return current;
  }

  function countWorkingDays(fromDay: number, toDay: number): number {
    let count = 0;
    for (let day = fromDay; day < toDay; day++) if (isWorkingDay(day)) count++;
    return count;
  }

  function cursorAt(localMs: number): WorkCursor {
    const day = Math.floor(localMs / MS_PER_DAY);
    const timeOfDay = localMs - day * MS_PER_DAY;
    if (isWorkingDay(day)) {
      let offset = 0;
      for (const { start, end } of periods) {
        if (timeOfDay < start) return { day, offset };
        if (timeOfDay < end) return { day, offset: offset + timeOfDay - start };
        offset += end - start;
      }
    }
    return { day: shiftWorkingDays(day, 1), offset: 0 };
  }

  function localMsAt({ day, offset }: WorkCursor): number {
    let rest = offset;
    for (const { start, end } of periods) {
      if (rest < end - start) return day * MS_PER_DAY + start + rest;
      rest -= end - start;
    }
    throw new RangeError(`Offset ${offset} is beyond a working day`);
  }

  function closingLocalMsAt({ day, offset }: WorkCursor): number {
    const last = periods[periods.length - 1];
    if (offset === 0 && last) return shiftWorkingDays(day, -1) * MS_PER_DAY + last.end;
    let rest = offset;
    for (const { start, end } of periods) {
      if (rest <= end - start) return day * MS_PER_DAY + start + rest;
      rest -= end - start;
    }
    throw new RangeError(`Offset ${offset} is beyond a working day`);
  }

  function advance(cursor: WorkCursor, ms: number): WorkCursor {
    const total = cursor.offset + ms;
    const days = Math.floor(total / dayMs);
    return { day: shiftWorkingDays(cursor.day, days), offset: total - days * dayMs };
  }

  function distance(a: WorkCursor, b: WorkCursor): number {
    // `0 - x` rather than `-x`: equal moments must measure 0, not -0.
    if (a.day > b.day) return 0 - distance(b, a);
    return countWorkingDays(a.day, b.day) * dayMs + b.offset - a.offset;
  }

  return { cursorAt, localMsAt, closingLocalMsAt, advance, distance, shiftWorkingDays, countWorkingDays };
}
