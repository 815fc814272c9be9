import type { Role } from '@cchc/domain';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors.js';
import type { AuthContext } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { tenantMessage } from './messages.js';
import { tenantsRepository } from './repository.js';

/** The header the UI's ward picker sends: the code of the ward a city user is looking at. */
export const WARD_HEADER = 'x-cchc-tenant';
/** The same pick as a cookie, for what a header cannot reach: download links (.xlsx, .docx) opened by the browser. */
export const WARD_COOKIE = 'cchc_ward';

// A city user inside a ward reads its pages like an observer; writes stay the ward's own accounts' (and the
// city admin's units and accounts, which its own role already allows).
const CITY_ROLES: readonly Role[] = ['city_admin', 'city_observer'];

/**
 * The auth context of a request made "in" a picked ward. City users may pick any ward of their city; a ward
 * user may only name its own ward: another ward answers 403, so a ward admin never sees another ward.
 */
export async function pickWard(db: Db, auth: AuthContext | null, request: FastifyRequest): Promise<AuthContext | null> {
  const header = request.headers[WARD_HEADER];
  const code = (Array.isArray(header) ? header[0] : header) ?? pickedByCookie(auth, request);
  if (!auth || !code) return auth;
  // A city-level route (the city view, 766 configuration, the national calendar) always works in the city.
  const policy = request.routeOptions.config.policy;
  if (policy && 'tenant' in policy && policy.tenant === 'city') return auth;
  const repo = tenantsRepository(db);
  const ward = await repo.find(code);
  // The city's own accounts only: a ward account carrying a city role is still a ward account.
  const isCityUser = auth.tenantKind === 'city' && auth.roles.some((r) => CITY_ROLES.includes(r));
  if (ward?.id === auth.tenantId) return auth;
  if (!isCityUser) throw new AppError('forbidden');
  if (!ward || ward.parent_id !== auth.tenantId)
    throw tenantMessage.error('not_found', 'no_such_tenant', langFrom(request.headers['accept-language']), { code });
  const roles: Role[] = [...auth.roles, 'observer'];
  return { ...auth, tenantId: ward.id, tenantKind: ward.kind, homeTenantId: auth.tenantId, roles };
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The cookie counts for reads by the city's users only: writes name their ward in the header, and a ward account
 * on a shared computer is never refused because a city user picked another ward there before.
 */
function pickedByCookie(auth: AuthContext | null, request: FastifyRequest): string | undefined {
  if (auth?.tenantKind !== 'city' || !SAFE.has(request.method)) return undefined;
  return request.cookies[WARD_COOKIE] || undefined;
}

/**
 * A deactivated ward is read only: its data is kept and shown, every write is refused with a plain message,
 * its users' and the citizens' on its public pages alike. Logging out stays possible.
 */
export async function refuseWritesToInactive(db: Db, auth: AuthContext | null, request: FastifyRequest) {
  if (SAFE.has(request.method) || request.url.startsWith('/api/v1/auth/')) return;
  // Citizens' public writes name the ward in the path (`/public/:tenantCode/…`).
  const code = (request.params as { tenantCode?: unknown } | undefined)?.tenantCode;
  if (!auth && typeof code !== 'string') return; // nothing names a ward: nothing to look up
  const repo = tenantsRepository(db);
  const tenant = auth ? await repo.byId(auth.tenantId) : await repo.find(String(code));
  if (tenant && !tenant.active) {
    const lang = langFrom(request.headers['accept-language']);
    throw tenantMessage.error('forbidden', 'tenant_inactive', lang, { name: tenant.name });
  }
}
