import { ROLES } from '@cchc/domain';
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
  capabilities: z.array(z.string()),
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof meResponse>;
