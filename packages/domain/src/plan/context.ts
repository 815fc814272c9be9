import type { PlanWarning } from './types.js';
import type { UnitIndex } from './units.js';

/** What every part of the parser needs: the plan year, the tenant's units, and where to report problems. */
export interface ParseContext {
  readonly year: number;
  readonly units: UnitIndex;
  readonly warnings: PlanWarning[];
}

/** Records a warning; `line` 0 means the document as a whole (a section that is missing). */
export function warn(ctx: ParseContext, line: number, message: string): void {
  ctx.warnings.push({ line, message });
}

/** Warns once per name a cell could not resolve, saying where it was. */
export function warnUnknownUnits(ctx: ParseContext, line: number, where: string, unknown: string[]): void {
  for (const name of unknown) warn(ctx, line, `${where}: đơn vị "${name}" không có trong danh sách đơn vị`);
}
