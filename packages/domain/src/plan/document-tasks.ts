// The tasks a plan document states, appendix rows and deadlines of the prose alike, in the shape they are
// compared (TaskSnapshot).
import type { TaskSnapshot } from './diff.js';
import { taskNumberOf } from './timeframe-kinds.js';
import type { PlanParseResult, Timeframe, UnitRef } from './types.js';

/** A task as a document states it, wherever in the document it was written. */
export interface DocumentTask {
  no: number | null;
  /** The number as written ("1.2", "a"); null for prose tasks. */
  label: string | null;
  group: string | null;
  area: string | null;
  content: string;
  lead: UnitRef;
  coordinators: UnitRef;
  timeframe: Timeframe;
  product: string;
  source: 'appendix' | 'prose';
  sourceRef: string | null;
}

/** The appendix rows, then the deadlines written in the prose (IV.2.d "trong Quý I/2026"). */
export function documentTasks(parsed: PlanParseResult): DocumentTask[] {
  const areaOf = (group: string | null) => parsed.groups.find((g) => g.code === group)?.area ?? null;
  const appendix = parsed.tasks.map(
    (t): DocumentTask => ({
      no: t.no,
      // Versions stored before labels existed have none: their number was written as it is.
      label: t.label ?? String(t.no),
      group: t.group,
      area: areaOf(t.group),
      content: t.content,
      lead: t.lead,
      coordinators: t.coordinators,
      timeframe: t.timeframe,
      product: t.product,
      source: 'appendix',
      sourceRef: null,
    }),
  );
  const prose = parsed.extraTasks.map(
    (t): DocumentTask => ({
      no: null,
      label: null,
      group: null,
      area: null,
      content: t.content,
      lead: t.lead,
      coordinators: t.coordinators,
      timeframe: t.timeframe,
      product: t.product,
      source: 'prose',
      sourceRef: t.source,
    }),
  );
  return [...appendix, ...prose];
}

/** What a version compares of a document's task. */
export const snapshotOfTask = (t: DocumentTask): TaskSnapshot => ({
  no: t.label === null ? t.no : taskNumberOf(t.label),
  group: t.group,
  content: t.content,
  lead: t.lead.text,
  coordinators: t.coordinators.text,
  timeframe: t.timeframe.text,
  product: t.product,
  sourceRef: t.sourceRef,
});
