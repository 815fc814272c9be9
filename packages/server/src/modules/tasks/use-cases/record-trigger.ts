import { isSettledStatus, type WorkingCalendar } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { RequestContext } from '../../../http/request-context.js';
import { taskRuleError } from '../messages.js';
import type { TriggerIn } from '../schemas.js';
import { applyTaskChange, changeTask, requireRight } from './task-change.js';

/** The due date an instruction sets: written in it, or N working days after its date on the ward's calendar. */
export function triggeredDueDate(
  calendar: WorkingCalendar,
  input: Pick<TriggerIn, 'documentDate' | 'dueDate' | 'workingDays'>,
) {
  return input.dueDate ?? calendar.shiftWorkingDays(input.documentDate, input.workingDays ?? 0);
}

/**
 * An event task ("Theo yêu cầu của thành phố", "Khi có văn bản triển khai") receives its trigger: the city's
 * instruction with its number and date, which sets the task's due date. A later instruction replaces it.
 */
export async function recordTrigger(db: Db, request: RequestContext, taskId: string, input: TriggerIn): Promise<void> {
  await changeTask(db, request, taskId, async (change) => {
    const { row, rights } = change.view;
    requireRight(change, rights.update);
    if (row.timeframe_kind !== 'event') throw taskRuleError('not_event_task', change.lang);
    if (isSettledStatus(row.status)) throw taskRuleError('task_settled', change.lang);
    const due = triggeredDueDate(change.scope.calendar, input);
    if (due < input.documentDate) throw taskRuleError('due_before_document', change.lang, 'dueDate');
    await applyTaskChange(
      change,
      {
        trigger_doc_number: input.documentNumber,
        trigger_doc_date: input.documentDate,
        trigger_received_at: request.now,
        triggered_due_date: due,
        trigger_working_days: input.workingDays ?? null,
      },
      {
        kind: 'trigger',
        data: {
          documentNumber: input.documentNumber,
          documentDate: input.documentDate,
          documentTitle: input.documentTitle ?? null,
          dueDate: due,
          workingDays: input.workingDays ?? null,
        },
      },
    );
  });
}
