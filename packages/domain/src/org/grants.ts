import type { TenantKind } from './blocks.js';
import type { Role } from './roles.js';

/**
 * How far each role reaches, highest first: nobody grants a role ranked above their own highest. Roles of one
 * rank are peers (an officer and a one-stop officer). The city roles sit above or beside the ward's, but they are
 * only ever held inside the city's own tenant.
 */
export const ROLE_RANK: Record<Role, number> = {
  city_admin: 100,
  ward_admin: 80,
  chairman: 70,
  coordinator: 60,
  unit_head: 50,
  officer: 40,
  one_stop_officer: 40,
  city_observer: 30, // Sở Nội vụ: reads the city view, writes nothing
  observer: 10,
};

/** Roles that belong to the city's tenant; held in a ward they would reach every ward. */
export const CITY_ROLES: readonly Role[] = ['city_admin', 'city_observer'];

export const isCityRole = (role: Role) => CITY_ROLES.includes(role);

/** The highest rank among some roles (0 for none). */
export const highestRank = (roles: readonly Role[]) => Math.max(0, ...roles.map((r) => ROLE_RANK[r]));

/** The roles a tenant of this kind may hold: city roles in the city, ward roles elsewhere. */
export const rolesAllowedIn = (kind: TenantKind, roles: readonly Role[]) =>
  roles.filter((r) => isCityRole(r) === (kind === 'city'));

/** Who grants: the roles they hold and their tenant. */
export interface Granter {
  roles: readonly Role[];
  tenantId: string;
  tenantKind: TenantKind;
}

/** Where the roles go: the target tenant and the city it belongs to (null for the city itself). */
export interface GrantTarget {
  tenantId: string;
  tenantKind: TenantKind;
  parentId: string | null;
}

export type GrantRefusal =
  | { reason: 'role_above_own'; role: Role }
  | { reason: 'city_role_outside_city'; role: Role }
  | { reason: 'ward_role_in_city'; role: Role }
  | { reason: 'other_tenant' };

/**
 * Why a grant is refused, or null when it may go ahead. Rules: nobody grants above their own rank;
 * city roles exist only in the city; ward roles only in wards; nobody grants outside their own tenant except the
 * city admin, who may grant ward roles in any ward of the city (a new ward's first accounts).
 */
export function grantRefusal(granter: Granter, target: GrantTarget, roles: readonly Role[]): GrantRefusal | null {
  // A city role held inside a ward confers nothing: it does not let its holder grant either.
  const held = rolesAllowedIn(granter.tenantKind, granter.roles);
  const own = highestRank(held);
  const above = roles.find((r) => ROLE_RANK[r] > own);
  if (above) return { reason: 'role_above_own', role: above };
  const misplaced = roles.find((r) => isCityRole(r) !== (target.tenantKind === 'city'));
  if (misplaced) {
    return { reason: isCityRole(misplaced) ? 'city_role_outside_city' : 'ward_role_in_city', role: misplaced };
  }
  if (target.tenantId === granter.tenantId) return null;
  const cityAdminOfParent =
    granter.tenantKind === 'city' && held.includes('city_admin') && target.parentId === granter.tenantId;
  return cityAdminOfParent ? null : { reason: 'other_tenant' };
}
