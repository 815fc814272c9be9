import type { OnlineLevel, ProcedureRecord, WorkingTimeLimit } from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { DB } from '../../db/generated.js';

/** A procedure row as read. */
export type ProcedureRow = Selectable<DB['procedures']>;
/** A step row as read. */
export type ProcedureStepRow = Selectable<DB['procedure_steps']>;

/** The stored limit as the domain's: working days, else working hours, else none. */
export function limitOf(row: Pick<ProcedureRow, 'limit_days' | 'limit_hours'>): WorkingTimeLimit | null {
  if (row.limit_days !== null) return { days: Number(row.limit_days) };
  if (row.limit_hours !== null) return { hours: Number(row.limit_hours) };
  return null;
}

/** The limit's columns from the domain's limit. */
export function limitColumns(limit: WorkingTimeLimit | null): {
  limit_days: number | null;
  limit_hours: number | null;
} {
  if (limit === null) return { limit_days: null, limit_hours: null };
  return 'days' in limit
    ? { limit_days: limit.days, limit_hours: null }
    : { limit_days: null, limit_hours: limit.hours };
}

/** What the domain's indicators and due dates read of a procedure. */
export function procedureRecordOf(
  row: Pick<
    ProcedureRow,
    | 'code'
    | 'name'
    | 'field'
    | 'unit_id'
    | 'limit_days'
    | 'limit_hours'
    | 'fee'
    | 'online_level'
    | 'returns_paper_result'
  >,
): ProcedureRecord {
  return {
    code: row.code,
    name: row.name,
    field: row.field,
    unitId: row.unit_id,
    limit: limitOf(row),
    fee: row.fee,
    onlineLevel: row.online_level as OnlineLevel,
    returnsPaperResult: row.returns_paper_result,
  };
}
