import { z } from 'zod';

/** The province's OpenID Connect provider, when login through it is configured. */
export interface OidcConfig {
  issuer: URL;
  clientId: string;
  /** Absent for a public client (PKCE alone). */
  clientSecret: string | undefined;
  /** Where the provider sends the browser back: this server's `/api/v1/auth/oidc/callback`. */
  redirectUrl: URL;
  /** The claim that names an existing account: `email` (users' e-mail) or `preferred_username` (their username). */
  userClaim: 'email' | 'preferred_username';
}

export const oidcEnv = {
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_USER_CLAIM: z.enum(['email', 'preferred_username']).default('email'),
};

const oidcSchema = z.object(oidcEnv);
type OidcEnv = z.infer<typeof oidcSchema>;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Each problem of the OIDC settings: all or nothing, and HTTPS except on this machine (a test provider). */
export function oidcProblems(c: OidcEnv): string[] {
  const set = [c.OIDC_ISSUER, c.OIDC_CLIENT_ID, c.OIDC_REDIRECT_URL].filter(Boolean).length;
  if (set === 0) return c.OIDC_CLIENT_SECRET ? ['OIDC_CLIENT_SECRET: cần OIDC_ISSUER (requires OIDC_ISSUER)'] : [];
  const problems: string[] = [];
  if (set < 3) {
    problems.push(
      'OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_REDIRECT_URL: cần cả ba để đăng nhập qua OpenID Connect (all three or none)',
    );
  }
  const issuer = c.OIDC_ISSUER ? new URL(c.OIDC_ISSUER) : null;
  if (issuer?.protocol === 'http:' && !LOOPBACK.has(issuer.hostname)) {
    problems.push('OIDC_ISSUER: phải dùng https:// (must be https, except on localhost)');
  }
  return problems;
}

export function oidcOf(c: OidcEnv): OidcConfig | null {
  if (!c.OIDC_ISSUER || !c.OIDC_CLIENT_ID || !c.OIDC_REDIRECT_URL) return null;
  return {
    issuer: new URL(c.OIDC_ISSUER),
    clientId: c.OIDC_CLIENT_ID,
    clientSecret: c.OIDC_CLIENT_SECRET,
    redirectUrl: new URL(c.OIDC_REDIRECT_URL),
    userClaim: c.OIDC_USER_CLAIM,
  };
}
