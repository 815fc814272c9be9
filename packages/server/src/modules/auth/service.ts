import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { rolesAllowedIn, type TenantKind } from '@cchc/domain';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import type { AuthContext } from '../../http/policy.js';
import { beginLoginAttempt } from './login-throttle.js';
import { DUMMY_HASH, verifyPassword } from './passwords.js';
import type { AuthRepository } from './repository.js';

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
  input: { username: string; password: string; ip: string; userAgent?: string; sessionDays: number },
): Promise<SessionCookie> {
  const now = clock.now();
  const username = input.username.trim().toLowerCase();
  const attempt = await beginLoginAttempt(repo.db, username, input.ip, now);
  const login = await repo.findLogin(username);
  const ok = await verifyPassword(login?.password_hash ?? DUMMY_HASH, input.password);
  if (!login || !ok || !login.active) throw new AppError('invalid_credentials');
  await attempt.succeeded();
  return openSession(repo, login, { ...input, now });
}

/** A new session of an account already proven (a password, the province's OpenID Connect provider). */
export async function openSession(
  repo: AuthRepository,
  login: { tenant_id: string; id: string },
  input: { ip: string; userAgent?: string | undefined; sessionDays: number; now: Date },
): Promise<SessionCookie> {
  const { now } = input;
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
    last_seen_at: now,
    ip: input.ip,
    user_agent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { value: `${login.tenant_id}.${id}.${secret}`, expiresAt };
}

/** How often a session's last use is written. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The logged-in user behind a cookie value, or null when it is missing, forged, expired, idle longer than
 * `idleMinutes` (0: no idle limit) or disabled.
 */
export async function resolveSession(
  repo: AuthRepository,
  clock: Clock,
  cookie: string,
  idleMinutes = 0,
): Promise<AuthContext | null> {
  const [tenantId, sessionId, secret] = cookie.split('.');
  if (!tenantId || !sessionId || !secret || !isUuid(tenantId) || !isUuid(sessionId)) return null;
  const row = await repo.findSession(tenantId, sessionId);
  const now = clock.now();
  if (!row?.active || row.expires_at <= now) return null;
  // Shared counter computers: a session unused for the idle time ends, whatever its expiry.
  if (idleMinutes > 0 && row.last_seen_at && row.last_seen_at.getTime() + idleMinutes * 60_000 <= now.getTime()) {
    await repo.deleteSession(tenantId, sessionId);
    return null;
  }
  const given = sha256(secret);
  if (given.length !== row.secret_hash.length || !timingSafeEqual(given, row.secret_hash)) return null;
  const kind = row.tenant_kind as TenantKind;
  // At most once a minute (the repository's condition too): a session seen within the minute costs no write.
  if (!row.last_seen_at || row.last_seen_at.getTime() < now.getTime() - TOUCH_EVERY_MS)
    await repo.touchSession(tenantId, sessionId, now);
  return {
    userId: row.user_id,
    tenantId: row.tenant_id,
    unitId: row.unit_id,
    username: row.username,
    fullName: row.full_name,
    // A city role held inside a ward (made before grants were checked) confers nothing: city powers need the city.
    roles: rolesAllowedIn(kind, row.roles),
    sessionId,
    csrfToken: row.csrf_token,
    tenantKind: kind,
    mustChangePassword: row.must_change_password,
  };
}

export const logOut = (repo: AuthRepository, auth: AuthContext) =>
  repo.deleteSession(auth.homeTenantId ?? auth.tenantId, auth.sessionId);

const sha256 = (s: string) => createHash('sha256').update(s).digest();
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
