import type { ProblemValues } from '../problem.js';
import type { PlanWarning, PlanWarningCode } from './types.js';
import type { UnitIndex } from './units.js';

/** What every part of the parser needs: the plan year, the tenant's units, and where to report problems. */
export interface ParseContext {
  readonly year: number;
  readonly units: UnitIndex;
  readonly warnings: PlanWarning[];
}

/** Records a warning; `line` 0 means the document as a whole (a section that is missing). */
export function warn(ctx: ParseContext, line: number, code: PlanWarningCode, values: ProblemValues = {}): void {
  ctx.warnings.push({ line, code, values });
}

/** Warns once per name a cell could not resolve; `where` names the cell ({ task } or { source } or { code }). */
export function warnUnknownUnits(
  ctx: ParseContext,
  line: number,
  code: Extract<PlanWarningCode, `unit_unknown_${string}`>,
  where: ProblemValues,
  unknown: string[],
): void {
  for (const name of unknown) warn(ctx, line, code, { ...where, name });
}
