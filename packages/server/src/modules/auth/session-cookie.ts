import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import type { SessionCookie } from './service.js';

export const SESSION_COOKIE = 'cchc_session';

/** HttpOnly and SameSite=Lax; Secure on HTTPS (or when the config forces it). */
export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config, c: SessionCookie) {
  const secure = config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure === 'true';
  void reply.setCookie(SESSION_COOKIE, c.value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: c.expiresAt,
  });
}

export const clearSessionCookie = (reply: FastifyReply) => void reply.clearCookie(SESSION_COOKIE, { path: '/' });
