// Which plan is "current" for a year (docs/DOMAIN.md §1): the plan of that year; in a year without one, the
// last earlier plan stays in force until the ward imports the new one; before the first plan, the earliest one.

/** The plan in force in `year` among a ward's plans (any order), or undefined when it has none. */
export function currentPlanFor<P extends { year: number }>(plans: readonly P[], year: number): P | undefined {
  let earlier: P | undefined;
  let later: P | undefined;
  for (const plan of plans) {
    if (plan.year === year) return plan;
    if (plan.year < year && (!earlier || plan.year > earlier.year)) earlier = plan;
    if (plan.year > year && (!later || plan.year < later.year)) later = plan;
  }
  return earlier ?? later;
}
