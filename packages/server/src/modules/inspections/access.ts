import { rolesFor } from '@cchc/domain';
import { AppError } from '../../errors.js';
import { type AuthContext, hasRole } from '../../http/policy.js';

/** Whether the user plans, records findings and concludes: the PAR focal point, the chairman, the ward admin. */
export const canManage = (auth: AuthContext) => hasRole(auth, ...rolesFor('inspection.manage'));

/** Whether the user fills in the self-inspection form of a unit: its own unit's head or officers. */
export const canSelfAssess = (auth: AuthContext, unitId: string) =>
  auth.unitId === unitId && hasRole(auth, ...rolesFor('inspection.self_assess'));

/** Whether the user reads inspections in progress, or only concluded ones (the observer). */
export const seesInProgress = (auth: AuthContext) => hasRole(auth, ...rolesFor('inspection.view'));

/** Throws 403 unless the check passes. */
export function requireThat(allowed: boolean): void {
  if (!allowed) throw new AppError('forbidden');
}
