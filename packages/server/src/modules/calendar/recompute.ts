import type { WorkingCalendar } from '@cchc/domain';
import type { Db } from '../../db/database.js';

/** What changed in the calendar: national data (every tenant) or one tenant's office hours. */
export interface CalendarChange {
  scope: 'national' | { tenantId: string };
  /** The years whose days changed; 'all' when a rule of every year did (the 24/11 switch, office hours). */
  years: readonly number[] | 'all';
}

/** What a recomputer gets: the transaction of the change, so the new deadlines land with it or not at all. */
export interface RecomputeContext {
  db: Db;
  change: CalendarChange;
  now: Date;
  /** The tenant's calendar as it is after the change. */
  calendarFor(tenantId: string): Promise<WorkingCalendar>;
}

/** Recomputes the open deadlines of one feature (dossiers, tasks, feedback…) that the change can move; returns how many. */
export type DeadlineRecomputer = (context: RecomputeContext) => Promise<number>;

/** How many deadlines each recomputer moved. */
export interface RecomputeOutcome {
  total: number;
  byName: Record<string, number>;
}

const recomputers = new Map<string, DeadlineRecomputer>();

/**
 * Registers a feature's recomputer under a name (registering the name again replaces it). Features whose open
 * deadlines come from the working calendar call this once at start; a calendar change then calls every one.
 * Returns a function that removes the registration.
 */
export function registerDeadlineRecomputer(name: string, recompute: DeadlineRecomputer): () => void {
  recomputers.set(name, recompute);
  return () => {
    if (recomputers.get(name) === recompute) recomputers.delete(name);
  };
}

/**
 * Runs every registered recomputer, one after the other, inside the change's transaction: a failure rolls the
 * calendar change back, so no open deadline is ever left computed from a calendar that is no longer in force.
 */
export async function recomputeDeadlines(context: RecomputeContext): Promise<RecomputeOutcome> {
  const byName: Record<string, number> = {};
  let total = 0;
  for (const [name, recompute] of recomputers) {
    const count = await recompute(context);
    byName[name] = count;
    total += count;
  }
  return { total, byName };
}
