// A single-task amendment written into the plan's parse, so the version it makes reads back as the plan it is
// (docs/DOMAIN.md §1: keep every version). Only tasks the document states are in the parse; tasks assigned later
// (by the city, the chairman, or an approved addition) live outside it.
import type { ExtraTask, PlanParseResult, PlanTask, Timeframe, UnitRef } from '../plan/types.js';

/** Which task of the document an amendment is about: an appendix row by number, a prose task by place and text. */
export type DocumentTaskKey = { no: number } | { sourceRef: string; content: string };

/** The new content of a changed task, as the document would state it. */
export interface AmendedTask {
  content: string;
  product: string;
  lead: UnitRef;
  coordinators: UnitRef;
  timeframe: Timeframe;
}

function matchesKey(key: DocumentTaskKey, task: PlanTask | ExtraTask, appendix: boolean): boolean {
  if ('no' in key) return appendix && (task as PlanTask).no === key.no;
  return !appendix && (task as ExtraTask).source === key.sourceRef && task.content === key.content;
}

/**
 * The parse with one task dropped (`amended` null) or changed; other tasks, targets and the rest as they were.
 * Returns the parse unchanged when the key names no task of the document.
 */
export function amendPlanParse(
  parsed: PlanParseResult,
  key: DocumentTaskKey,
  amended: AmendedTask | null,
): PlanParseResult {
  const apply = <T extends PlanTask | ExtraTask>(list: readonly T[], appendix: boolean): T[] =>
    list.flatMap((task) => {
      if (!matchesKey(key, task, appendix)) return [task];
      return amended ? [{ ...task, ...amended }] : [];
    });
  return { ...parsed, tasks: apply(parsed.tasks, true), extraTasks: apply(parsed.extraTasks, false) };
}
