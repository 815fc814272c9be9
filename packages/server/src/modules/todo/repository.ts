import { DOSSIER_STATUSES, isClockRunning } from '@cchc/domain';
import type { Db } from '../../db/database.js';

/** Dossier statuses with the clock running: accepted, processing, waiting for payment (docs/DOMAIN.md §3). */
const RUNNING = DOSSIER_STATUSES.filter(isClockRunning);
/** Feedback statuses still waiting for the ward's answer. */
const UNANSWERED = ['received', 'info_requested'] as const;

/**
 * The only SQL of the to-do list: the one-stop and feedback rows that ask something of someone. Tasks and
 * reports are read through their modules' repositories. Every query filters by tenant first.
 */
export function todoRepository(db: Db) {
  const ddb = db;
  const fdb = db;
  return {
    /** Running dossiers due before `until`, with whether an apology letter was issued; the caller's or unassigned. */
    dossiersDueBefore: (tenantId: string, until: Date, who: { userId: string; unassignedToo: boolean }) =>
      ddb
        .selectFrom('dossiers as d')
        .leftJoin('dossier_apologies as a', (j) =>
          j.onRef('a.tenant_id', '=', 'd.tenant_id').onRef('a.dossier_id', '=', 'd.id'),
        )
        .select(['d.id', 'd.code', 'd.applicant_name', 'd.current_due_at', 'a.issued_at', 'a.proposed_at'])
        .where('d.tenant_id', '=', tenantId)
        .where('d.status', 'in', RUNNING)
        .where('d.current_due_at', '<', until)
        .where((eb) =>
          who.unassignedToo
            ? eb.or([eb('d.assignee_id', '=', who.userId), eb('d.assignee_id', 'is', null)])
            : eb('d.assignee_id', '=', who.userId),
        )
        .orderBy('d.current_due_at')
        .limit(500)
        .execute(),

    /** Feedback waiting for an answer (of some units, or not yet routed) or for the answer's approval. */
    feedbackWaiting: (
      tenantId: string,
      filter: { unitIds: string[]; unrouted: boolean; approvalOf: 'unit' | 'all' | null },
    ) =>
      fdb
        .selectFrom('feedback')
        .select(['id', 'tracking_code', 'title', 'status', 'unit_id', 'answer_due_at'])
        .where('tenant_id', '=', tenantId)
        .where((eb) => {
          const units = filter.unitIds.length > 0 ? filter.unitIds : ['00000000-0000-0000-0000-000000000000'];
          const ors = [eb.and([eb('status', 'in', [...UNANSWERED]), eb('unit_id', 'in', units)])];
          if (filter.unrouted) ors.push(eb.and([eb('status', '=', 'received'), eb('unit_id', 'is', null)]));
          if (filter.approvalOf === 'all') ors.push(eb('status', '=', 'awaiting_approval'));
          if (filter.approvalOf === 'unit') {
            ors.push(eb.and([eb('status', '=', 'awaiting_approval'), eb('unit_id', 'in', units)]));
          }
          return eb.or(ors);
        })
        .orderBy('answer_due_at')
        .limit(500)
        .execute(),
  };
}
