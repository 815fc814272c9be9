import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';

export const SESSION_COOKIE = 'cchc_session';

/** HttpOnly and SameSite=Lax; Secure on HTTPS (or when the config forces it). */
export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config, value: string) {
  const secure = config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure === 'true';
  void reply.setCookie(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    // Max-Age, not Expires: the browser's clock is not ours (CCHC_NOW, tests), a relative lifetime holds on both.
    maxAge: config.sessionDays * 86_400,
  });
}

export const clearSessionCookie = (reply: FastifyReply) => void reply.clearCookie(SESSION_COOKIE, { path: '/' });
