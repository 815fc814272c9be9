import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { AppDeps } from '../../http/deps.js';
import { recordAudit } from '../audit/index.js';
import { accountForClaim, beginOidcLogin, finishOidcLogin, type OidcFlow } from './oidc.js';
import { authRepository } from './repository.js';
import { openSession } from './service.js';
import { setSessionCookie } from './session-cookie.js';

const FLOW_COOKIE = 'cchc_oidc';
const FLOW_PATH = '/api/v1/auth/oidc';
const TAGS = ['auth'];
const flowSchema = z.object({ state: z.string(), nonce: z.string(), verifier: z.string() });

// Where the browser lands when a login through the provider does not end in a session: the login page says why.
const FAILED = '/login?oidc=failed';
const UNKNOWN = '/login?oidc=unknown';

function readFlow(raw: string | undefined): OidcFlow | null {
  if (!raw) return null;
  try {
    const parsed = flowSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Login through the province's OpenID Connect provider (OIDC_* settings): `/auth/oidc` tells the login page
 * whether to show the button, `/start` sends the browser to the provider, `/callback` opens a session for the
 * existing account the provider's claim names.
 */
export function oidcRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const repo = authRepository(deps.db);
  const requireOidc = () => {
    if (!deps.config.oidc) throw new AppError('not_found');
    return deps.config.oidc;
  };
  return async (app) => {
    app.get(
      '/auth/oidc',
      {
        config: { policy: { public: true } },
        schema: { tags: TAGS, response: { 200: z.object({ enabled: z.boolean() }) } },
      },
      async () => ({ enabled: deps.config.oidc !== null }),
    );

    app.get(
      '/auth/oidc/start',
      { config: { policy: { public: true } }, schema: { tags: TAGS } },
      async (request, reply) => {
        const { url, flow } = await beginOidcLogin(requireOidc());
        const secure =
          deps.config.cookieSecure === 'auto' ? request.protocol === 'https' : deps.config.cookieSecure === 'true';
        void reply.setCookie(FLOW_COOKIE, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
          path: FLOW_PATH,
          httpOnly: true,
          sameSite: 'lax',
          secure,
          maxAge: 600,
        });
        return reply.redirect(url.href, 302);
      },
    );

    app.get(
      '/auth/oidc/callback',
      {
        config: { policy: { public: true } },
        schema: {
          tags: TAGS,
          querystring: z.looseObject({ code: z.string().optional(), state: z.string().optional() }),
        },
      },
      async (request, reply) => {
        const cfg = requireOidc();
        const flow = readFlow(request.cookies[FLOW_COOKIE]);
        void reply.clearCookie(FLOW_COOKIE, { path: FLOW_PATH });
        if (!flow) return reply.redirect(FAILED, 302);
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        const claim = await finishOidcLogin(cfg, query, flow).catch((err: unknown) => {
          request.log.warn({ err }, 'đăng nhập OpenID Connect không thành công (OIDC login failed)');
          return null;
        });
        const account = claim ? await accountForClaim(repo, cfg, claim) : null;
        if (!account) return reply.redirect(claim ? UNKNOWN : FAILED, 302);
        const now = deps.clock.now();
        const cookie = await openSession(repo, account, {
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          sessionDays: deps.config.sessionDays,
          now,
        });
        await recordAudit(deps.db, {
          tenantId: account.tenant_id,
          actorUserId: account.id,
          action: 'auth.oidc_login',
          entity: 'user',
          entityId: account.id,
          after: { issuer: cfg.issuer.href, claim: cfg.userClaim },
          at: now,
        });
        setSessionCookie(reply, request, deps.config, cookie.value);
        return reply.redirect('/', 302);
      },
    );
  };
}
