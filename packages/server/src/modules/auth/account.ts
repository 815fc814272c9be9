import type { Db } from '../../db/database.js';
import type { AuthContext } from '../../http/policy.js';
import { type Lang, type MessageTable, messagesOf } from '../../i18n/messages.js';
import { recordAudit } from '../audit/index.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { type AuthRepository, authRepository } from './repository.js';

const TEXTS: MessageTable<'wrong_current' | 'same_password' | 'no_such_session'> = {
  wrong_current: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  same_password: { vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.', en: 'The new password must differ.' },
  no_such_session: { vi: 'Không có phiên đăng nhập này.', en: 'No such session.' },
};
const text = messagesOf(TEXTS);

/**
 * Changes one's own password (also the way out of a temporary one). Every other session of the user ends: a
 * password changed because it leaked must not leave the thief logged in.
 */
export async function changeOwnPassword(
  db: Db,
  repo: AuthRepository,
  auth: AuthContext,
  input: { currentPassword: string; newPassword: string; now: Date; lang: Lang },
): Promise<void> {
  const hash = await repo.findPasswordHash(auth.tenantId, auth.userId);
  if (!hash || !(await verifyPassword(hash, input.currentPassword))) {
    throw text.error('validation_failed', 'wrong_current', input.lang, {}, 'currentPassword');
  }
  if (input.currentPassword === input.newPassword) {
    throw text.error('validation_failed', 'same_password', input.lang, {}, 'newPassword');
  }
  const next = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    const inTrx = authRepository(trx);
    await inTrx.setPassword(auth.tenantId, auth.userId, next, input.now, false);
    await inTrx.endSessions(auth.tenantId, auth.userId, auth.sessionId);
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'password.change',
      entity: 'user',
      entityId: auth.userId,
      at: input.now,
    });
  });
}

/** One's own open sessions, the current one marked. */
export async function listOwnSessions(repo: AuthRepository, auth: AuthContext, now: Date) {
  const rows = await repo.listSessions(auth.tenantId, auth.userId, now);
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.created_at.toISOString(),
    lastSeenAt: s.last_seen_at?.toISOString() ?? null,
    expiresAt: s.expires_at.toISOString(),
    ip: s.ip,
    userAgent: s.user_agent,
    current: s.id === auth.sessionId,
  }));
}

/** Ends one of one's own sessions (a phone left logged in); another user's session answers 404. */
export async function revokeOwnSession(repo: AuthRepository, auth: AuthContext, sessionId: string, lang: Lang) {
  const deleted = await repo.deleteUserSession(auth.tenantId, auth.userId, sessionId);
  if (!deleted.numDeletedRows) throw text.error('not_found', 'no_such_session', lang);
}
