import { computeDueMoment, type WorkingCalendar } from '@cchc/domain';

/** A time limit from a start: working days (keeping the time of day), working hours, or both added up. */
export interface DueRequest {
  from: Date;
  days?: number;
  hours?: number;
}

/**
 * The due moment of a limit counted from `from` on a calendar: the start counts from the next opening, days
 * keep the time of day, hours run inside office hours (8 h = 1 day with the default hours).
 */
export function computeDue(calendar: WorkingCalendar, request: DueRequest): Date {
  const days = request.days ?? 0;
  const limit =
    request.hours === undefined ? { days } : { hours: (days * calendar.minutesPerDay) / 60 + request.hours };
  const moment = computeDueMoment(calendar, { receivedAt: request.from, limit });
  // Without pauses the clock never stops, so `due` is always set; baseDue is the same instant.
  return moment.due ?? moment.baseDue;
}
