import { blockOf } from '@cchc/domain';
import type { TenantRow } from './repository.js';

/** A tenant as the API shows it: the block comes from the kind, never stored apart from it. */
export const presentTenant = (t: TenantRow) => ({
  id: t.id,
  code: t.code,
  kind: t.kind,
  block: blockOf(t.kind),
  parentId: t.parent_id,
  name: t.name,
  shortName: t.short_name,
  adminUnitCode: t.admin_unit_code,
  agencyCode: t.agency_code,
  active: t.active,
});
