/** Parts of a plan whose absence makes a text "not a plan". */
export type PlanPart = 'header' | 'targets' | 'appendix' | 'year';

/**
 * Thrown by `parsePlanText` when the text is not a plan: neither an appendix task nor a target was found (then
 * `missing` lists every part among 'header', 'targets', 'appendix' that was not found), or no plan year could be
 * read and none was given (`missing` contains 'year'). Any other shortfall is a warning in the result.
 */
export class PlanParseError extends Error {
  override readonly name = 'PlanParseError';
  readonly missing: PlanPart[];

  constructor(missing: PlanPart[]) {
    super(`Not a plan document: missing ${missing.join(', ')}`);
    this.missing = missing;
  }
}
