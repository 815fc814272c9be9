import { type Capability, type Role, rolesFor, type TenantKind } from '@cchc/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { AppError } from '../errors.js';
import { langFrom, type MessageTable, messagesOf } from '../i18n/messages.js';

/**
 * Who may call a route. Secure by default: a route under /api without a policy stops the server at start.
 * `public` routes opt in explicitly; `roles: 'any'` means any logged-in user. `tenant: 'city'` marks a city-level
 * route (766 scoring, the national calendar, wards): only a user of the city's own tenant passes, whatever roles
 * a ward account may carry.
 */
export type RoutePolicy =
  | { public: true }
  | { roles: readonly Role[] | 'any'; tenant?: 'city' }
  // No session: the route's own hook checks an API key (the IOC feed, modules/feed) and answers 401 itself.
  | { apiKey: 'feed' };

/** The logged-in user of a request, resolved from the session cookie. */
export interface AuthContext {
  userId: string;
  tenantId: string;
  unitId: string | null;
  username: string;
  fullName: string;
  roles: Role[];
  sessionId: string;
  csrfToken: string;
  /** The kind of the user's tenant; set from the session (optional for contexts built by jobs and tests). */
  tenantKind?: TenantKind;
  /** A temporary password (an admin's reset): only the routes that change it answer until it is changed. */
  mustChangePassword?: boolean;
  /** The city's id when a city user works in a picked ward (tenants/ward-picker.ts); the session lives there. */
  homeTenantId?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

// Routes the API-docs plugin registers itself: documentation is public by design.
const DOCS_PREFIXES = ['/api/docs', '/api/v1/openapi.json'];

/** An API route as registered, with the policy it declared. */
export interface RegisteredRoute {
  method: string;
  url: string;
  policy: RoutePolicy;
}

/**
 * Fails at registration for any API route that does not name its policy; returns the list of registered API
 * routes with their policies, for the audit test and the docs.
 */
export function requirePolicyOnEveryRoute(app: FastifyInstance): RegisteredRoute[] {
  const registered: RegisteredRoute[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api')) return;
    if (DOCS_PREFIXES.some((p) => route.url.startsWith(p))) {
      route.config = { ...route.config, policy: { public: true } };
    }
    const policy = route.config?.policy;
    if (!policy) throw new Error(`route ${String(route.method)} ${route.url} declares no policy`);
    registered.push({ method: String(route.method), url: route.url, policy });
  });
  return registered;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// What a user with a temporary password may still do: see who they are, change it, leave.
const TEMPORARY_PASSWORD_ROUTES = new Set(['/api/v1/auth/me', '/api/v1/auth/password', '/api/v1/auth/logout']);

const POLICY_MESSAGES: MessageTable<'password_change_required'> = {
  password_change_required: {
    vi: 'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục.',
    en: 'Change your temporary password before going on.',
  },
};

/**
 * A read of a public route (a citizen's page, a lookup sent as POST): without a session it needs no session lookup,
 * no ward picked and no inactive ward refused, so the policy hook lets it through at once.
 */
export function isPublicRead(request: FastifyRequest): boolean {
  const config = request.routeOptions.config;
  const policy = config.policy;
  return !!policy && 'public' in policy && (SAFE_METHODS.has(request.method) || config.readOnly === true);
}

/** Enforces the route's policy once the session has been resolved into `request.auth`. */
export async function enforcePolicy(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const policy = request.routeOptions.config.policy;
  if (!policy || 'public' in policy || 'apiKey' in policy) return;
  const auth = request.auth;
  if (!auth) throw new AppError('unauthenticated');
  if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== auth.csrfToken) {
    throw new AppError('csrf_failed');
  }
  if (auth.mustChangePassword && !TEMPORARY_PASSWORD_ROUTES.has(request.routeOptions.url ?? '')) {
    const lang = langFrom(request.headers['accept-language']);
    throw messagesOf(POLICY_MESSAGES).error('forbidden', 'password_change_required', lang);
  }
  if (policy.roles !== 'any' && !policy.roles.some((r) => auth.roles.includes(r))) throw new AppError('forbidden');
  if (policy.tenant === 'city' && auth.tenantKind !== 'city') throw new AppError('forbidden');
}

/** The auth context of a route whose policy requires login (the policy hook has already checked it). */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('unauthenticated');
  return request.auth;
}

/** Whether the user holds one of the roles: for record-level rules inside use cases. */
export const hasRole = (auth: AuthContext, ...roles: Role[]) => roles.some((r) => auth.roles.includes(r));

/** Throws 403 unless the user holds a capability: for rules checked after the record was found. */
export function requireCapability(auth: AuthContext, capability: Capability): void {
  if (!hasRole(auth, ...rolesFor(capability))) throw new AppError('forbidden');
}
