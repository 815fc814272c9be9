import { CAPABILITIES, type Capability, ROLES } from '@cchc/domain';
import { z } from 'zod';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const meResponse = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    roles: z.array(z.enum(ROLES)),
    unit: z.object({ id: z.uuid(), name: z.string(), shortName: z.string() }).nullable(),
  }),
  tenant: z.object({ id: z.uuid(), code: z.string(), name: z.string(), kind: z.string() }),
  capabilities: z.array(z.enum(Object.keys(CAPABILITIES) as [Capability, ...Capability[]])),
  csrfToken: z.string(),
  /** A temporary password: the UI sends the user to change it; other routes answer 403 until then. */
  mustChangePassword: z.boolean(),
});

export const passwordChange = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10).max(200),
});

export const sessionOut = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponse>;
