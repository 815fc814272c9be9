import type { Role } from './roles.js';

/**
 * What each role may do, named by capability. The server's route policies and the UI's menus read this one
 * table, so the UI hides exactly what the server would refuse.
 */
export const CAPABILITIES = {
  'org.view': ['city_admin', 'ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer', 'one_stop_officer'],
  'org.manage_units': ['city_admin', 'ward_admin'],
  'org.manage_users': ['city_admin', 'ward_admin'],
  'audit.read': ['city_admin', 'ward_admin', 'chairman', 'coordinator'],
  'city.view_all_tenants': ['city_admin'],
  'calendar.edit_national': ['city_admin'],
  'calendar.edit_office_hours': ['city_admin', 'ward_admin'],
  'plan.view': ['ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer', 'one_stop_officer', 'observer'],
  // Import a plan document and put the plan in use: the PAR focal point (đầu mối CCHC) and the ward admin.
  'plan.import': ['coordinator', 'ward_admin'],
  // Amendments (sửa đổi, bổ sung) of a plan in use are decided by the chairman (DOMAIN.md §1).
  'plan.approve_amendment': ['chairman'],
  // Task follow-up (issue 5). Record-level rules (own unit only, the ward's acceptor) are in tasks/access.ts.
  'tasks.view': ['ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer', 'one_stop_officer', 'observer'],
  'tasks.execute': ['coordinator', 'unit_head', 'officer'],
  // Accepting or returning completions: the coordinator or the chairman (a ward setting), the unit head for its officers.
  'tasks.review': ['coordinator', 'chairman', 'unit_head'],
  // Tasks assigned by the city or the chairman during the year (target b).
  'tasks.assign': ['coordinator', 'chairman'],
  'tasks.propose_amendment': ['coordinator', 'unit_head'],
  'tasks.settings': ['ward_admin', 'chairman'],
  'tasks.export': ['ward_admin', 'chairman', 'coordinator', 'unit_head', 'observer'],
  'dashboard.view': ['ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer', 'one_stop_officer', 'observer'],
  'targets.enter': ['coordinator'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

/** The capabilities a set of roles grants. */
export function capabilitiesOf(roles: readonly Role[]): Capability[] {
  return (Object.keys(CAPABILITIES) as Capability[]).filter((c) =>
    (CAPABILITIES[c] as readonly Role[]).some((r) => roles.includes(r)),
  );
}

/** Roles allowed a capability, for a route's policy. */
export const rolesFor = (capability: Capability): readonly Role[] => CAPABILITIES[capability];
