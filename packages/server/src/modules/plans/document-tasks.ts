// Stored plan tasks in the shape the domain's plan diff compares (TaskSnapshot).
import { type TaskSnapshot, taskNumberOf } from '@cchc/domain';
import type { PlanTaskRow } from './repository.js';

/** What a version compares of a stored task. */
export const snapshotOfRow = (r: PlanTaskRow): TaskSnapshot => ({
  // Rows stored before migration 0015 have no label: their `no` was the number as written.
  no: r.no_label === null ? r.no : taskNumberOf(r.no_label),
  group: r.group_code,
  content: r.content,
  lead: r.lead_text,
  coordinators: r.coordinators_text,
  timeframe: r.timeframe_text,
  product: r.product,
  sourceRef: r.source_ref,
});

/** Tasks a document can change: those written in it. Work assigned later by the city or the chairman stays. */
export const isDocumentRow = (r: PlanTaskRow) => r.source === 'appendix' || r.source === 'prose';
