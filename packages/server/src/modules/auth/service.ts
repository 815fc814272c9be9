import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '@cchc/domain';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import type { AuthContext } from '../../http/policy.js';
import { DUMMY_HASH, verifyPassword } from './passwords.js';
import type { AuthRepository } from './repository.js';

/** Five quick failures are allowed; the sixth within the window is refused (429) before the password is checked. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MINUTES = 15;
// Per address the limit is higher: a ward office shares one public address among its officers.
const LOGIN_MAX_FAILURES_PER_IP = 30;

export interface SessionCookie {
  value: string;
  expiresAt: Date;
}

/**
 * Logs a user in: checks the throttle, then the password. The cookie value is `<tenant>.<session>.<secret>`:
 * the tenant routes the lookup (Citus), the secret is stored only as a hash.
 */
export async function logIn(
  repo: AuthRepository,
  clock: Clock,
  input: { username: string; password: string; ip: string; sessionDays: number },
): Promise<SessionCookie> {
  const now = clock.now();
  const username = input.username.trim().toLowerCase();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const failures = await repo.countRecentFailures(username, input.ip, since);
  if (failures.byUser >= LOGIN_MAX_FAILURES || failures.byIp >= LOGIN_MAX_FAILURES_PER_IP) {
    throw new AppError('too_many_requests');
  }
  const login = await repo.findLogin(username);
  const ok = await verifyPassword(login?.password_hash ?? DUMMY_HASH, input.password);
  if (!login || !ok || !login.active) {
    await repo.recordFailure(username, input.ip, now);
    throw new AppError('invalid_credentials');
  }
  await repo.clearFailures(username);
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.sessionDays * 86_400_000);
  await repo.createSession({
    tenant_id: login.tenant_id,
    id,
    user_id: login.id,
    secret_hash: sha256(secret),
    csrf_token: randomBytes(24).toString('base64url'),
    created_at: now,
    expires_at: expiresAt,
  });
  return { value: `${login.tenant_id}.${id}.${secret}`, expiresAt };
}

/** The logged-in user behind a cookie value, or null when it is missing, forged, expired or disabled. */
export async function resolveSession(repo: AuthRepository, clock: Clock, cookie: string): Promise<AuthContext | null> {
  const [tenantId, sessionId, secret] = cookie.split('.');
  if (!tenantId || !sessionId || !secret || !isUuid(tenantId) || !isUuid(sessionId)) return null;
  const row = await repo.findSession(tenantId, sessionId);
  if (!row?.active || row.expires_at <= clock.now()) return null;
  const given = sha256(secret);
  if (given.length !== row.secret_hash.length || !timingSafeEqual(given, row.secret_hash)) return null;
  return {
    userId: row.user_id,
    tenantId: row.tenant_id,
    unitId: row.unit_id,
    username: row.username,
    fullName: row.full_name,
    roles: row.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    sessionId,
    csrfToken: row.csrf_token,
  };
}

export const logOut = (repo: AuthRepository, auth: AuthContext) =>
  repo.deleteSession(auth.homeTenantId ?? auth.tenantId, auth.sessionId);

const sha256 = (s: string) => createHash('sha256').update(s).digest();
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
