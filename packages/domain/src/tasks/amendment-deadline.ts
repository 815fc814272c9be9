// The deadline an amendment sets belongs to the plan's year: outside it the proposal is refused; a deadline
// already past is kept only once the proposer confirms it (docs/DOMAIN.md §1, amendments).
import type { IsoDate } from '../clock.js';
import { type Problem, problem } from '../problem.js';

/** Why an amendment's new deadline is refused. */
export type AmendmentDeadlineProblem = Problem<'due_outside_plan_year' | 'due_in_past'>;

/** Checks an amendment's new deadline; null when it may stand (or when it sets none). */
export function checkAmendmentDeadline(
  due: IsoDate | null | undefined,
  plan: { year: number; today: IsoDate; pastConfirmed: boolean },
): AmendmentDeadlineProblem | null {
  if (!due) return null;
  if (Number(due.slice(0, 4)) !== plan.year) return problem('due_outside_plan_year', { year: plan.year });
  if (due < plan.today && !plan.pastConfirmed) return problem('due_in_past', { today: plan.today });
  return null;
}
