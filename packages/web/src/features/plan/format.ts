import type { Timeframe } from './api';

/** `dd/MM/yyyy`, the way Vietnamese documents write dates. */
export const displayDate = (iso: string | null) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';

const MOMENT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A moment in Vietnam's time, `dd/MM/yyyy HH:mm`. */
export const displayMoment = (iso: string | null) => (iso ? MOMENT.format(new Date(iso)).replace(',', '') : '');

/** The window a timeframe stands for, `dd/MM/yyyy – dd/MM/yyyy`; empty when it has no dates. */
export function timeframeWindow(t: Timeframe): string {
  // Several milestones: one due date each, "31/03/2026; 30/09/2026".
  if (t.milestones && t.milestones.length > 1) return t.milestones.map((m) => displayDate(m.due)).join('; ');
  if (!t.due) return '';
  return t.start && t.start !== t.due ? `${displayDate(t.start)} – ${displayDate(t.due)}` : displayDate(t.due);
}
