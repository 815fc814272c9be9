// Test helpers: Vietnam local "YYYY-MM-DD HH:MM" text to and from instants, so expectations read like a wall clock.
import { VIETNAM_OFFSET_MINUTES } from '../../clock.js';
import { OFFICIAL_CALENDAR_2026 } from '../official-years.js';
import { createWorkingCalendar, type WorkingCalendar } from '../working-calendar.js';

const OFFSET_MS = VIETNAM_OFFSET_MINUTES * 60_000;

/** The instant of a Vietnam local time written `YYYY-MM-DD HH:MM`. */
export function vn(local: string): Date {
  const instant = new Date(`${local.replace(' ', 'T')}:00+07:00`);
  if (Number.isNaN(instant.getTime())) throw new Error(`Bad local time in a test: ${local}`);
  return instant;
}

/** An instant as Vietnam local `YYYY-MM-DD HH:MM` (seconds dropped). */
export function local(instant: Date | null): string | null {
  if (instant === null) return null;
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The calendar most tests use: the verified 2026 data, default office hours, Labour Code rules elsewhere. */
export function calendar2026(): WorkingCalendar {
  return createWorkingCalendar({ years: [OFFICIAL_CALENDAR_2026] });
}
