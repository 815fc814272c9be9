// What an import does to the parser's result before it is stored: the user's unit mappings and timeframe fixes,
// and the prose carried over from the previous version when the new file holds only the appendix.
import {
  type PlanParseResult,
  type PlanTask,
  parseTimeframe,
  type TimeframeProblemCode,
  taskNumberOf,
  type UnitDefinition,
} from '@cchc/domain';
import type { Lang } from '../../i18n/messages.js';
import { planMessage } from './messages.js';
import { timeframeWarningMessage } from './warning-messages.js';

/** A name the document uses for one of the tenant's units ("Phòng VHXXH" is Phòng Văn hoá – Xã hội). */
export interface UnitMapping {
  name: string;
  unitId: string;
  /** Keep the name as an alias of the unit, so later imports resolve it alone. */
  addAlias: boolean;
}

/** A timeframe the user rewrote because the document's could not be read (or was wrong). */
export interface TimeframeFix {
  no: number;
  text: string;
}

/** What the user changed before confirming, stored with the version. */
export interface ImportFixes {
  unitMappings: (UnitMapping & { unitCode: string })[];
  timeframeFixes: (TimeframeFix & { before: string })[];
  /** True when the file held only the appendix and the prose was taken from the version it amends. */
  proseCarriedOver: boolean;
}

/** A name no unit answers to, with the tasks that use it. */
export interface UnknownUnitName {
  name: string;
  /** The tasks' numbers as written. */
  tasks: (number | string)[];
}

/** A timeframe the parser could not read: the task gets no date until it is fixed. */
export interface TimeframeIssue {
  /** The task's position, the key of a fix. */
  no: number;
  /** Its number as written. */
  label: string;
  text: string;
  /** Why it was not read, and the sentence saying so in the caller's language. */
  problem: TimeframeProblemCode;
  message: string;
}

/** The tenant's units with the mapped names added to their aliases, for the parser to resolve them. */
export function unitsWithMappings(
  units: readonly (UnitDefinition & { id: string })[],
  mappings: readonly UnitMapping[],
): (UnitDefinition & { id: string })[] {
  return units.map((unit) => {
    const extra = mappings.filter((m) => m.unitId === unit.id).map((m) => m.name);
    return extra.length === 0 ? unit : { ...unit, aliases: [...unit.aliases, ...extra] };
  });
}

/** Every name of a lead or coordinator cell that matched no unit and no group expression. */
export function unknownUnitNames(parsed: PlanParseResult): UnknownUnitName[] {
  const byName = new Map<string, Set<number>>();
  for (const task of parsed.tasks) {
    for (const name of [...task.lead.unknown, ...task.coordinators.unknown]) {
      byName.set(name, (byName.get(name) ?? new Set()).add(task.no));
    }
  }
  for (const task of parsed.extraTasks) {
    for (const name of [...task.lead.unknown, ...task.coordinators.unknown])
      byName.set(name, byName.get(name) ?? new Set());
  }
  // Shown as the document numbers its tasks ("2.2"), in the order they stand.
  const shown = (no: number) => {
    const task = parsed.tasks.find((t) => t.no === no);
    return task ? taskNumberOf(task.label ?? String(no)) : no;
  };
  return [...byName].map(([name, tasks]) => ({ name, tasks: [...tasks].sort((a, b) => a - b).map(shown) }));
}

/** Tasks whose timeframe the parser doubted: read as an outside event, or not read at all. */
export function timeframeIssues(parsed: PlanParseResult, lang: Lang): TimeframeIssue[] {
  return parsed.tasks.flatMap((task) => {
    const { warning } = parseTimeframe(task.timeframe.text, parsed.year);
    const label = task.label ?? String(task.no);
    if (!warning) return [];
    const { text } = task.timeframe;
    return [{ no: task.no, label, text, problem: warning.problem, message: timeframeWarningMessage(warning, lang) }];
  });
}

function fixTask(task: PlanTask, fix: TimeframeFix, year: number, lang: Lang): PlanTask {
  const parsed = parseTimeframe(fix.text, year);
  if (parsed.warning) {
    const field = `timeframeFixes.${task.no}`;
    throw planMessage.error('validation_failed', 'timeframe_unreadable', lang, { text: fix.text }, field);
  }
  return { ...task, timeframe: parsed.timeframe };
}

/** The parse with the user's timeframes in place of the doubtful ones, and their warnings dropped. */
export function applyTimeframeFixes(
  parsed: PlanParseResult,
  fixes: readonly TimeframeFix[],
  lang: Lang,
): { parsed: PlanParseResult; applied: ImportFixes['timeframeFixes'] } {
  const applied: ImportFixes['timeframeFixes'] = [];
  const dropped = new Set<string>(); // labels of the tasks whose timeframe warning the fix answers
  let tasks = parsed.tasks;
  for (const fix of fixes) {
    const task = tasks.find((t) => t.no === fix.no);
    if (!task) {
      const field = `timeframeFixes.${fix.no}`;
      throw planMessage.error('validation_failed', 'no_such_task', lang, { no: fix.no }, field);
    }
    const { warning } = parseTimeframe(task.timeframe.text, parsed.year);
    if (warning) dropped.add(String(task.label ?? task.no));
    applied.push({ ...fix, before: task.timeframe.text });
    tasks = tasks.map((t) => (t === task ? fixTask(t, fix, parsed.year, lang) : t));
  }
  const warnings = parsed.warnings.filter((w) => !(w.code === 'task_timeframe' && dropped.has(String(w.values.task))));
  return { parsed: { ...parsed, tasks, warnings }, applied };
}

/** True when the document has none of the plan's prose: an appendix exported to .xlsx, for instance. */
export const isAppendixOnly = (parsed: PlanParseResult) =>
  parsed.targets.length === 0 && parsed.areas.length === 0 && parsed.responsibilities.length === 0;

/**
 * An appendix-only file amends the tasks only: the header, targets, areas, duties, prose tasks and report
 * periods of the version it follows stay as they were, rather than being wiped by their absence.
 */
export function carryOverProse(parsed: PlanParseResult, base: PlanParseResult): PlanParseResult {
  const groups = parsed.groups.map((g) => ({ ...g, area: g.area ?? base.groups.find((b) => b.code === g.code)?.area }));
  return {
    ...base,
    year: parsed.year,
    groups: groups.map(({ area, ...g }) => (area === undefined ? g : { ...g, area })),
    tasks: parsed.tasks,
    warnings: parsed.warnings.filter((w) => w.line !== 0),
  };
}
