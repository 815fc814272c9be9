import { formatShortDate, type TimeframeKind } from '@cchc/domain';
import type { Lang } from '../../../i18n/messages.js';
import { taskRuleError } from '../messages.js';
import type { TaskRowPatch, TasksRepository } from '../repository.js';
import type { TaskFieldsIn } from '../schemas.js';

/** The plan columns of a task and its unit rows, resolved from what a user entered. */
export interface ResolvedTaskFields {
  columns: Required<
    Pick<
      TaskRowPatch,
      | 'content'
      | 'product'
      | 'area_code'
      | 'lead_text'
      | 'lead_group'
      | 'coordinators_text'
      | 'coordinators_group'
      | 'owner_unit_id'
      | 'timeframe_text'
      | 'timeframe_kind'
      | 'start_date'
      | 'due_date'
    >
  >;
  units: { unitId: string; role: 'lead' | 'coordinator' }[];
}

const UNDATED: readonly TimeframeKind[] = ['recurring', 'event'];

/** The timeframe as a document would write it, when the user typed none. */
function timeframeText(fields: TaskFieldsIn): string {
  if (fields.timeframeText) return fields.timeframeText;
  if (fields.timeframeKind === 'recurring') return 'Thường xuyên';
  if (fields.timeframeKind === 'event') return 'Theo yêu cầu của thành phố';
  return `Hạn ${formatShortDate(fields.dueDate ?? null)}`;
}

function cellText(names: string[], group: string | undefined): string {
  return [...names, ...(group ? [group] : [])].join(', ');
}

/**
 * Checks the units belong to the ward and the timeframe is complete, and builds the task's columns. The owner is
 * the first lead unit; when a group leads (or no unit does), the ward's PAR focal unit owns it.
 */
export async function resolveTaskFields(
  repo: TasksRepository,
  tenantId: string,
  fields: TaskFieldsIn,
  lang: Lang,
): Promise<ResolvedTaskFields> {
  const units = new Map((await repo.units(tenantId)).map((u) => [u.id, u]));
  const unknown = [...fields.leadUnitIds, ...fields.coordinatorUnitIds].find((id) => !units.has(id));
  if (unknown) throw taskRuleError('unit_unknown', lang, 'leadUnitIds');
  const dated = !UNDATED.includes(fields.timeframeKind);
  if (dated && !fields.dueDate) throw taskRuleError('due_required', lang, 'dueDate');
  const nameOf = (id: string) => units.get(id)?.name ?? '';
  const owner =
    fields.leadGroup || fields.leadUnitIds.length === 0 ? await repo.focalUnitId(tenantId) : fields.leadUnitIds[0];
  return {
    columns: {
      content: fields.content,
      product: fields.product ?? '',
      area_code: fields.areaCode || null,
      lead_text: cellText(fields.leadUnitIds.map(nameOf), fields.leadGroup),
      lead_group: fields.leadGroup ?? null,
      coordinators_text: cellText(fields.coordinatorUnitIds.map(nameOf), fields.coordinatorsGroup),
      coordinators_group: fields.coordinatorsGroup ?? null,
      owner_unit_id: owner ?? null,
      timeframe_text: timeframeText(fields),
      timeframe_kind: fields.timeframeKind,
      start_date: dated ? (fields.startDate ?? null) : null,
      due_date: dated ? (fields.dueDate ?? null) : null,
    },
    units: [
      ...fields.leadUnitIds.map((unitId) => ({ unitId, role: 'lead' as const })),
      ...fields.coordinatorUnitIds.map((unitId) => ({ unitId, role: 'coordinator' as const })),
    ],
  };
}
