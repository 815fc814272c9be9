// Entry point of the plan importer: plain text in, the plan's structure out (docs/DOMAIN.md §1). Pure: the caller
// reads the file and supplies the tenant's units.
import type { UnitDefinition } from '../org/default-units.js';
import { readAppendix } from './appendix.js';
import { readTableRows } from './appendix-rows.js';
import type { AppendixColumn } from './columns.js';
import { type ParseContext, warn } from './context.js';
import { PlanParseError, type PlanPart } from './errors.js';
import { readHeader } from './header.js';
import { type SourceLine, splitRegions, toSourceLines } from './lines.js';
import { buildOutline } from './outline.js';
import { hasTargets, readProse } from './sections.js';
import type { PlanParseResult } from './types.js';
import { createUnitIndex } from './units.js';

/** Options of `parsePlanText`. */
export interface ParsePlanOptions {
  /** The tenant's units; unit names in the document are resolved against their names and aliases. */
  units: readonly UnitDefinition[];
  /** The plan year; when absent it is read from the title, the decision's subject or its date. */
  year?: number;
  /** The appendix's columns in order, as the importer's user set them when the header was not understood. */
  columns?: readonly (AppendixColumn | null)[];
}

/** The first "năm YYYY" of the text, the last resort for the plan year. */
function yearMentioned(lines: SourceLine[]): number | null {
  for (const line of lines) {
    const m = /năm (\d{4})/.exec(line.text);
    const year = m ? Number(m[1]) : Number.NaN;
    if (year >= 1900 && year < 2200) return year;
  }
  return null;
}

/**
 * Parses the text of a yearly PAR plan (decision, plan, appendix table). Everything the parser had to guess or
 * could not read is listed in `warnings` with its line; nothing is dropped silently.
 *
 * @throws PlanParseError when the appendix yields no task (`missing` names 'appendix' and, when they are absent
 *   too, 'header' and 'targets'), or no year could be found and none was given ('year').
 *   No other error is thrown, whatever the input.
 */
export function parsePlanText(text: string, options: ParsePlanOptions): PlanParseResult {
  const lines = toSourceLines(text);
  const regions = splitRegions(lines);
  const outline = buildOutline(regions.prose);
  const head = readHeader(outline.preamble);
  const year = options.year ?? head.year ?? yearMentioned(lines);
  // A plan is its tasks: a document whose appendix yields none is refused, never imported as an empty plan.
  const table = readTableRows(regions.appendix, options.columns);
  if (!table.rows.some((row) => row.kind === 'task')) {
    const missing: PlanPart[] = [
      ...(head.found ? [] : ['header' as const]),
      ...(hasTargets(outline) ? [] : ['targets' as const]),
    ];
    throw new PlanParseError([...missing, 'appendix']);
  }
  if (year === null) throw new PlanParseError(['year']);
  const ctx: ParseContext = { year, units: createUnitIndex(options.units), warnings: [] };
  const prose = readProse(outline, ctx);
  const read = readAppendix(table, prose.areas, ctx);
  if (!head.found) warn(ctx, 0, 'header_not_found');
  return {
    year,
    header: head.header,
    ...prose,
    groups: read.groups,
    tasks: read.tasks,
    appendixHeader: read.header,
    warnings: [...ctx.warnings].sort((a, b) => a.line - b.line),
  };
}
