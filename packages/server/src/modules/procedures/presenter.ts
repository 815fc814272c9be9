import type { OnlineLevel } from '@cchc/domain';
import { limitOf, type ProcedureRow, type ProcedureStepRow } from './records.js';
import type { ProcedureOut } from './schemas.js';

/** The JSON of a procedure with its internal steps. */
export function presentProcedure(row: ProcedureRow, steps: readonly ProcedureStepRow[]): ProcedureOut {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    field: row.field,
    limit: limitOf(row),
    fee: row.fee,
    onlineLevel: row.online_level as OnlineLevel,
    returnsPaperResult: row.returns_paper_result,
    unitId: row.unit_id,
    components: row.components,
    steps: steps
      .filter((s) => s.procedure_id === row.id)
      .map((s) => ({
        no: s.no,
        name: s.name,
        unitId: s.unit_id,
        agency: s.agency,
        budgetHours: Number(s.budget_hours),
      })),
    incomplete: row.incomplete,
    demo: row.demo,
    active: row.active,
  };
}
