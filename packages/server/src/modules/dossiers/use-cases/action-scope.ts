import type { AuthContext } from '../../../http/policy.js';
import type { DossierRow } from '../records.js';
import type { DossierAction } from '../schemas.js';
import type { HandoverRow } from '../side-repository.js';

/** Who may act on a dossier, a ward setting: any officer with the right role, or the handling unit only. */
export type ActionScope = 'ward' | 'unit';

// The counter takes in and returns every dossier of the ward, whichever unit handles it (Bộ phận một cửa).
const COUNTER_ACTIONS: readonly DossierAction[] = ['accept', 'refuse', 'return_result'];

/**
 * Whether the user may act on this dossier under the ward's scope. Under 'unit': the dossier's
 * assignee, staff of its handling unit or of the unit it was last handed over to, and the one-stop counter for
 * intake and return; a dossier of no unit is the whole ward's.
 */
export function actsInScope(
  auth: AuthContext,
  scope: ActionScope,
  row: DossierRow,
  handovers: readonly HandoverRow[],
  action: DossierAction,
): boolean {
  if (scope === 'ward' || row.unit_id === null) return true;
  if (row.assignee_id === auth.userId) return true;
  if (COUNTER_ACTIONS.includes(action) && auth.roles.includes('one_stop_officer')) return true;
  if (auth.unitId === null) return false;
  const holder = handovers.at(-1)?.to_unit_id ?? null;
  return auth.unitId === row.unit_id || auth.unitId === holder;
}
