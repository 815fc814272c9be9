import { grantRefusal, highestRank, type Role, rolesAllowedIn, type TenantKind } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { AuthContext } from '../../../http/policy.js';
import { accountsRepository, type TenantOfGrant } from '../accounts-repository.js';
import { type Lang, orgMessage } from '../messages.js';

/**
 * Refuses a grant the rules forbid (domain `grantRefusal`): 403 with the reason in the caller's language. A null
 * granter is the operator at the server's console (`cchc users create`): only the placement of roles is checked,
 * city roles in the city and ward roles in wards.
 */
export async function checkGrant(
  db: Db,
  granter: AuthContext | null,
  target: TenantOfGrant,
  roles: readonly Role[],
  lang: Lang = 'vi',
): Promise<void> {
  const granterTenant = granter ? await accountsRepository(db).findGrantTenant(granter.tenantId) : undefined;
  const refusal = grantRefusal(
    granter && granterTenant
      ? { roles: granter.roles, tenantId: granter.tenantId, tenantKind: granterTenant.kind }
      : { roles: ['city_admin'], tenantId: target.parent_id ?? target.id, tenantKind: 'city' },
    { tenantId: target.id, tenantKind: target.kind, parentId: target.parent_id },
    roles,
  );
  if (!refusal) return;
  const values: Record<string, string> = 'role' in refusal ? { role: refusal.role } : {};
  if (refusal.reason === 'city_role_outside_city' || refusal.reason === 'ward_role_in_city') {
    throw orgMessage.error('validation_failed', refusal.reason, lang, values, 'roles');
  }
  throw orgMessage.error('forbidden', refusal.reason, lang, values);
}

/** Refuses changes to an account ranked above the caller (a ward admin editing the chairman is fine, not above). */
export function checkRankOver(
  granter: AuthContext | null,
  kind: TenantKind,
  targetRoles: readonly string[],
  lang: Lang,
) {
  if (!granter) return;
  const target = highestRank(rolesAllowedIn(kind, targetRoles as Role[]));
  if (target > highestRank(granter.roles)) throw orgMessage.error('forbidden', 'user_above_own', lang);
}
