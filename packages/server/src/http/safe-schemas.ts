import { z } from 'zod';

/**
 * A link a user enters: http or https only. `z.url()` alone takes `javascript:` and `data:` URLs, which a page
 * showing the link would run or render.
 */
export const httpUrl = () => z.url({ protocol: /^https?$/, hostname: z.regexes.hostname }).max(2000);

/**
 * A PATCH body that changes something: `{}` would reach `UPDATE … SET` with no column (a SQL error, once a 500).
 * The message names both languages because zod's locale cannot translate a custom check.
 */
export const nonEmptyPatch = <T extends z.ZodObject>(schema: T) =>
  schema.refine((body) => Object.values(body).some((v) => v !== undefined), {
    error: 'Cần ít nhất một trường để sửa (at least one field to change).',
  });
