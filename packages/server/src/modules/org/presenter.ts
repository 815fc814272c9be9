import type { Role } from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { DB } from '../../db/generated.js';

export const presentTenant = (t: Selectable<DB['tenants']>) => ({
  id: t.id,
  code: t.code,
  kind: t.kind,
  parentId: t.parent_id,
  name: t.name,
  shortName: t.short_name,
});

export const presentUnit = (u: Selectable<DB['units']>) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  shortName: u.short_name,
  aliases: u.aliases,
  active: u.active,
});

export const presentUser = (u: {
  id: string;
  unit_id: string | null;
  username: string;
  full_name: string;
  email: string | null;
  roles: Role[];
  active: boolean;
}) => ({
  id: u.id,
  unitId: u.unit_id,
  username: u.username,
  fullName: u.full_name,
  email: u.email,
  // The column holds known roles only (migration 0035's check).
  roles: u.roles,
  active: u.active,
});
