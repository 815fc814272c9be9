import { MS_PER_MINUTE } from './dates.js';

/** A period of Vietnam local time, `HH:MM` to `HH:MM`; the start belongs to it, the end does not. */
export interface OfficeTimeRange {
  from: string;
  to: string;
}

/**
 * A ward's office hours (giờ làm việc), a per-tenant setting. `periods` apply to every working day: Monday to
 * Friday and make-up working days. The Saturday counter receives dossiers but its hours do not count toward time
 * limits, which run in working days of the five-day week (QĐ 188/1999/QĐ-TTg); a Saturday receipt counts from
 * Monday's opening.
 */
export interface OfficeHours {
  periods: readonly OfficeTimeRange[];
  /** Saturday opening of the one-stop counter (bộ phận một cửa), or null when it is closed on Saturdays. */
  saturdayCounter: readonly OfficeTimeRange[] | null;
}

/** Usual counter hours [practice]: 07:00–11:30 and 13:30–17:00, exactly 8 working hours a day. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  periods: [
    { from: '07:00', to: '11:30' },
    { from: '13:30', to: '17:00' },
  ],
  saturdayCounter: null,
};

/** The Saturday morning counter some wards open, for `OfficeHours.saturdayCounter`. */
export const SATURDAY_MORNING_COUNTER: readonly OfficeTimeRange[] = [{ from: '07:00', to: '11:30' }];

/** A period in milliseconds since local midnight. */
export interface MsRange {
  start: number;
  end: number;
}

/** Office hours as milliseconds, checked once so the arithmetic can trust them. */
export interface CompiledHours {
  periods: readonly MsRange[];
  saturdayCounter: readonly MsRange[];
  /** Working milliseconds in one working day. */
  dayMs: number;
}

const HH_MM = /^([01]\d|2[0-4]):([0-5]\d)$/;

function parseTime(text: string): number {
  const match = HH_MM.exec(text);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!(minutes <= 24 * 60)) throw new RangeError(`Not a time of day HH:MM: "${text}"`);
  return minutes * MS_PER_MINUTE;
}

function compileRanges(ranges: readonly OfficeTimeRange[]): MsRange[] {
  const compiled = ranges.map((range) => ({ start: parseTime(range.from), end: parseTime(range.to) }));
  compiled.forEach((range, i) => {
    const previousEnd = i === 0 ? 0 : (compiled[i - 1]?.end ?? 0);
    if (range.end <= range.start || range.start < previousEnd) {
      throw new RangeError('Office hour periods must be non-empty, in order and without overlap');
    }
  });
  return compiled;
}

/** Checks and converts office hours; throws a RangeError when they are malformed or have no period at all. */
export function compileOfficeHours(hours: OfficeHours): CompiledHours {
  const periods = compileRanges(hours.periods);
  if (periods.length === 0) throw new RangeError('Office hours need at least one period');
  const dayMs = periods.reduce((sum, range) => sum + range.end - range.start, 0);
  return { periods, saturdayCounter: compileRanges(hours.saturdayCounter ?? []), dayMs };
}
