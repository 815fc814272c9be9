import { ROLES } from '@cchc/domain';
import { z } from 'zod';
import { nonEmptyPatch } from '../../http/safe-schemas.js';

export const tenantOut = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(['city', 'ward', 'commune', 'special_zone']),
  parentId: z.uuid().nullable(),
  name: z.string(),
  shortName: z.string(),
});

export const unitOut = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  aliases: z.array(z.string()),
  active: z.boolean(),
});

export const unitPatch = nonEmptyPatch(
  z
    .object({
      name: z.string().trim().min(2).max(200),
      shortName: z.string().trim().min(1).max(100),
      aliases: z.array(z.string().trim().min(1).max(200)).max(50),
      active: z.boolean(),
    })
    .partial(),
);

export const idParams = z.object({ id: z.uuid() });

export const userOut = z.object({
  id: z.uuid(),
  unitId: z.uuid().nullable(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  active: z.boolean(),
});

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,60}$/;

export const userCreate = z.object({
  username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN),
  fullName: z.string().trim().min(2).max(120),
  email: z.email().optional(),
  password: z.string().min(10).max(200),
  roles: z.array(z.enum(ROLES)).min(1),
  unitId: z.uuid().nullable().optional(),
  /** Another ward of the city, for the city admin's first accounts of a ward; the caller's own tenant if absent. */
  tenantCode: z.string().trim().min(1).max(60).optional(),
  /** A temporary password must be changed at first login. */
  temporary: z.boolean().optional(),
});
export type UserCreate = z.infer<typeof userCreate>;

export const userPatch = z
  .object({
    fullName: z.string().trim().min(2).max(120),
    email: z.email().nullable(),
    roles: z.array(z.enum(ROLES)).min(1),
    unitId: z.uuid().nullable(),
    /** false deactivates the account and ends every session of it at once. */
    active: z.boolean(),
  })
  .partial();
export type UserPatch = z.infer<typeof userPatch>;

export const passwordReset = z.object({ password: z.string().min(10).max(200) });
export const usersQuery = z.object({ tenantCode: z.string().trim().min(1).max(60).optional() });
