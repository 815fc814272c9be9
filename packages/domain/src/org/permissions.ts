import type { Role } from './roles.js';

/** Every role a ward's account can hold: what everyone in the ward may read. */
const EVERY_WARD_ROLE = [
  'ward_admin',
  'chairman',
  'coordinator',
  'unit_head',
  'officer',
  'one_stop_officer',
  'observer',
] as const;

/**
 * What each role may do, named by capability. The server's route policies and the UI's menus read this one
 * table, so the UI hides exactly what the server would refuse.
 */
export const CAPABILITIES = {
  'org.view': ['city_admin', 'ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer', 'one_stop_officer'],
  'org.manage_units': ['city_admin', 'ward_admin'],
  'org.manage_users': ['city_admin', 'ward_admin'],
  // One citizen's data on request (Decree 13, art. 14): the ward admin answers for the ward.
  'personal_data.export': ['ward_admin'],
  'audit.read': ['city_admin', 'ward_admin', 'chairman', 'coordinator'],
  'city.view_all_tenants': ['city_admin'],
  // Creating, renaming, deactivating and merging wards; the IOC feed's API keys.
  'city.manage_tenants': ['city_admin'],
  'feed.manage_keys': ['city_admin'],
  // The city view: every ward ranked in its block, its drill-down and the inbox, read only for Sở Nội vụ.
  'city.view': ['city_admin', 'city_observer'],
  // Returning a ward's report, reminding late wards, assigning tasks to wards.
  'city.manage': ['city_admin'],
  'calendar.edit_national': ['city_admin'],
  'calendar.edit_office_hours': ['city_admin', 'ward_admin'],
  'plan.view': EVERY_WARD_ROLE,
  // Import a plan document and put the plan in use: the PAR focal point (đầu mối CCHC) and the ward admin.
  'plan.import': ['coordinator', 'ward_admin'],
  // Amendments (sửa đổi, bổ sung) of a plan in use are decided by the chairman (docs/DOMAIN.md §1).
  'plan.approve_amendment': ['chairman'],
  // Task follow-up. Record-level rules (own unit only, the ward's acceptor) are in tasks/access.ts.
  'tasks.view': EVERY_WARD_ROLE,
  'tasks.execute': ['coordinator', 'unit_head', 'officer'],
  // Accepting or returning completions: the coordinator or the chairman (a ward setting), the unit head for its officers.
  'tasks.review': ['coordinator', 'chairman', 'unit_head'],
  // Tasks assigned by the city or the chairman during the year (target b).
  'tasks.assign': ['coordinator', 'chairman'],
  'tasks.propose_amendment': ['coordinator', 'unit_head'],
  'tasks.settings': ['ward_admin', 'chairman'],
  'tasks.export': ['ward_admin', 'chairman', 'coordinator', 'unit_head', 'observer'],
  'dashboard.view': EVERY_WARD_ROLE,
  'targets.enter': ['coordinator'],
  // Periodic PAR reports: units write and submit theirs; the PAR focal point reviews and consolidates.
  'reports.view': ['ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer', 'observer'],
  // Every unit's report and the consolidated report, read only.
  'reports.view_all': ['ward_admin', 'chairman', 'coordinator', 'observer'],
  'reports.submit': ['coordinator', 'unit_head', 'officer'],
  'reports.review': ['coordinator'],
  'reports.consolidate': ['coordinator'],
  // Marking the consolidated report sent with its registry number: the focal point or the chairman.
  'reports.send': ['coordinator', 'chairman'],
  'reports.settings': ['ward_admin', 'coordinator'],
  // Citizen feedback (phản ánh, kiến nghị). Unit roles see and handle their unit's feedback; the desk (one-stop
  // officers, the PAR focal point, the chairman) routes any; the unit head approves the unit's answers.
  'feedback.view': ['ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer', 'one_stop_officer'],
  'feedback.view_all': ['ward_admin', 'chairman', 'coordinator', 'one_stop_officer'],
  // Who may reach the submitter (Decree 13): the desk that takes feedback in and routes it, and the handling unit's
  // staff (their own unit's only, see feedback/policy.ts). The chairman and the ward admin oversee with contacts masked.
  'feedback.view_contacts': ['coordinator', 'one_stop_officer', 'unit_head', 'officer'],
  'feedback.intake': ['coordinator', 'unit_head', 'officer', 'one_stop_officer'],
  'feedback.route': ['coordinator', 'one_stop_officer', 'chairman'],
  'feedback.handle': ['coordinator', 'unit_head', 'officer', 'one_stop_officer'],
  'feedback.approve': ['unit_head'],
  'feedback.approve_any': ['chairman'],
  'feedback.publish': ['unit_head'],
  'feedback.publish_any': ['chairman', 'coordinator'],
  'feedback.settings': ['ward_admin', 'coordinator'],
  // Published feedback is public anyway; the Fatherland Front and mass organisations watch it (II.1.đ).
  'feedback.view_published': EVERY_WARD_ROLE,
  // Self-inspections of PAR work: the focal point plans and concludes, units fill in their own form.
  'inspection.view': ['ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer'],
  'inspection.manage': ['ward_admin', 'chairman', 'coordinator'],
  'inspection.self_assess': ['unit_head', 'officer'],
  'inspection.view_conclusions': EVERY_WARD_ROLE,
  // The ward's legal documents (VBQPPL), their review and the yearly list of expired documents.
  'legal.view': ['ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer', 'one_stop_officer'],
  'legal.manage': ['ward_admin', 'chairman', 'coordinator', 'unit_head'],
  // One-stop dossiers: the counter takes dossiers in, the units process them, the head of the centre
  // assigns them; every ward role may read them.
  'dossiers.view': EVERY_WARD_ROLE,
  // The applicant's phone, e-mail, address and ID number (Decree 13): whoever takes in or processes dossiers.
  'dossiers.view_contacts': ['one_stop_officer', 'officer', 'unit_head'],
  'dossiers.intake': ['one_stop_officer', 'officer', 'unit_head'],
  'dossiers.process': ['one_stop_officer', 'officer', 'unit_head'],
  'dossiers.assign': ['unit_head', 'one_stop_officer'],
  'dossiers.import': ['ward_admin', 'unit_head', 'one_stop_officer'],
  'dossiers.settings': ['ward_admin'],
  'procedures.view': EVERY_WARD_ROLE,
  'procedures.manage': ['ward_admin', 'coordinator', 'unit_head'],
  // Decision 766 indicators and form II.06a: the city reads every ward's, sets points and targets.
  'indicators.view': [
    'city_admin',
    'ward_admin',
    'chairman',
    'coordinator',
    'unit_head',
    'one_stop_officer',
    'observer',
  ],
  'indicators.enter': ['ward_admin', 'coordinator'],
  'indicators.configure': ['city_admin'],
  // PAR Index / DTI: the city imports the criteria and appraises; the focal point scores and submits; units add
  // the evidence of their work; the chairman may answer the appraisal with the focal point.
  'par.view': ['ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer', 'observer'],
  'par.self_assess': ['coordinator'],
  'par.contribute': ['coordinator', 'unit_head', 'officer'],
  'par.answer': ['coordinator', 'chairman'],
  'par.import_criteria': ['city_admin'],
  'par.appraise': ['city_admin'],
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
