import { formatVietnamDate, formatVietnamDateTime } from '@cchc/domain';
import type { Timeframe } from './api';

/** `dd/MM/yyyy`, the way Vietnamese documents write dates. */
export const displayDate = (iso: string | null) => formatVietnamDate(iso);

/** A moment in Vietnam's time, `dd/MM/yyyy HH:mm`. */
export const displayMoment = (iso: string | null) => formatVietnamDateTime(iso);

/** The window a timeframe stands for, `dd/MM/yyyy – dd/MM/yyyy`; empty when it has no dates. */
export function timeframeWindow(t: Timeframe): string {
  // Several milestones: one due date each, "31/03/2026; 30/09/2026".
  if (t.milestones && t.milestones.length > 1) return t.milestones.map((m) => displayDate(m.due)).join('; ');
  if (!t.due) return '';
  return t.start && t.start !== t.due ? `${displayDate(t.start)} – ${displayDate(t.due)}` : displayDate(t.due);
}
