// Group 2, progress: 2.1 dossiers processed early or on time, 2.2 average processing time per procedure.
import type { WorkingCalendar } from '../calendar/index.js';
import { hasResult, isOnTimeStanding, officeWorkingMinutes } from '../dossiers/index.js';
import type { DossierFacts } from './facts.js';
import { isInPeriod, type Period } from './period.js';
import type { Count, ProcedureProcessingTime, Tally } from './types.js';

/** The dossiers 2.1 counts: accepted, and received in the period or carried over into it. */
export function countedInPeriod(facts: readonly DossierFacts[]): DossierFacts[] {
  return facts.filter((fact) => fact.standing !== null);
}

/**
 * 2.1 = dossiers processed or being processed on time ÷ dossiers received and processed in the period. The facts
 * carry the 766 rules: end of processing 9, else 10, else 8/3/7; the period's last day for an open dossier, the
 * request's date for one waiting for its only supplement; more than one request is late; supplement time pushes
 * the due; no due → the procedure's limit; on time when the end's date ≤ the due date.
 */
export function processedOnTime(facts: readonly DossierFacts[]): Tally<DossierFacts> {
  const counted = countedInPeriod(facts);
  const numerator = counted.filter((fact) => fact.standing !== null && isOnTimeStanding(fact.standing));
  return { numerator, denominator: counted };
}

/** Dossiers whose processing produced a result (9 or 10) inside the period: the base of 2.2, 4.1 and 4.2. */
export function processedInPeriod(facts: readonly DossierFacts[], period: Period): DossierFacts[] {
  return facts.filter((fact) => {
    const standing = fact.standing;
    if (standing?.state !== 'finished') return false;
    return hasResult(standing.end.status) && isInPeriod(standing.judgedOn, period);
  });
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * 2.2: working days from receipt to the end of processing, the applicant's supplement time left out, averaged per
 * procedure over the dossiers processed with a result in the period. A stop or a withdrawal is no processing time,
 * so those are left out. The count is the sum of days over the number of dossiers, for the ward as a whole.
 */
export function averageProcessingTimes(
  facts: readonly DossierFacts[],
  period: Period,
  calendar: WorkingCalendar,
): { count: Count; byProcedure: ProcedureProcessingTime[] } {
  const days = new Map<string, number[]>();
  for (const fact of processedInPeriod(facts, period)) {
    if (fact.standing?.state !== 'finished') continue;
    const minutes = officeWorkingMinutes(calendar, fact.dossier, fact.standing.end.at);
    const list = days.get(fact.dossier.procedureCode) ?? [];
    list.push(minutes / calendar.minutesPerDay);
    days.set(fact.dossier.procedureCode, list);
  }
  const byProcedure = [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([procedureCode, list]) => ({
      procedureCode,
      dossiers: list.length,
      averageWorkingDays: round2(list.reduce((sum, value) => sum + value, 0) / list.length),
    }));
  const all = [...days.values()].flat();
  return {
    count: { numerator: round2(all.reduce((sum, value) => sum + value, 0)), denominator: all.length },
    byProcedure,
  };
}
