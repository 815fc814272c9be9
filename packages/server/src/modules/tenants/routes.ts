import { rolesFor } from '@cchc/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod as Plugin } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { AppDeps } from '../../http/deps.js';
import { type AuthContext, authOf, hasRole } from '../../http/policy.js';
import { requestActorOf } from '../../http/request-context.js';
import { presentTenant } from './presenter.js';
import { tenantsRepository } from './repository.js';
import {
  createdTenantOut,
  importReportOut,
  mergerIn,
  mergerOut,
  sheetUpload,
  tenantCreate,
  tenantOut,
  tenantParams,
  tenantPatch,
} from './schemas.js';
import { uploadBytes } from './sheet-rows.js';
import { createWard } from './use-cases/create-ward.js';
import { importAccounts } from './use-cases/import-accounts.js';
import { importCity } from './use-cases/import-city.js';
import { listMergers, recordMerger, updateWard, wardOf } from './use-cases/update-ward.js';

const TAGS = ['tenants'];
const MANAGE = { policy: { roles: rolesFor('city.manage_tenants'), tenant: 'city' as const } };
// A city sheet of 114 rows is a few tens of kilobytes; base64 adds a third.
const SHEET_BODY_LIMIT = 8 * 1024 * 1024;

/** The city sees every tenant; anyone else only their own (another ward answers 404). */
const seesAll = (auth: AuthContext) =>
  (auth.tenantKind === 'city' || auth.homeTenantId !== undefined) && hasRole(auth, 'city_admin', 'city_observer');

/** `/api/v1/tenants`: the city's wards, communes and special zones, their lifecycle and first accounts. */
export function tenantRoutes(deps: AppDeps): Plugin {
  const repo = tenantsRepository(deps.db);
  const plugin: Plugin = async (app) => {
    app.get(
      '/tenants',
      { config: { policy: { roles: 'any' } }, schema: { tags: TAGS, response: { 200: z.array(tenantOut) } } },
      async (request) => {
        const auth = authOf(request);
        const home = auth.homeTenantId ?? auth.tenantId;
        return (await repo.list({ all: seesAll(auth), tenantId: home })).map(presentTenant);
      },
    );

    app.post(
      '/tenants',
      { config: MANAGE, schema: { tags: TAGS, body: tenantCreate, response: { 201: createdTenantOut } } },
      async (request, reply) =>
        reply.status(201).send(await createWard(deps.db, request.body, requestActorOf(deps, request))),
    );

    app.post(
      '/tenants/import',
      {
        config: MANAGE,
        bodyLimit: SHEET_BODY_LIMIT,
        schema: { tags: TAGS, body: sheetUpload, response: { 200: importReportOut } },
      },
      async (request) => {
        const actor = requestActorOf(deps, request);
        return importCity(deps.db, uploadBytes(request.body.contentBase64, actor.lang), actor);
      },
    );

    app.get(
      '/tenants/:ref',
      {
        config: { policy: { roles: 'any' } },
        schema: { tags: TAGS, params: tenantParams, response: { 200: tenantOut } },
      },
      async (request) => presentTenant(await visibleTenant(deps, request, request.params.ref)),
    );

    app.patch(
      '/tenants/:ref',
      { config: MANAGE, schema: { tags: TAGS, params: tenantParams, body: tenantPatch, response: { 200: tenantOut } } },
      async (request) =>
        (await updateWard(deps.db, request.params.ref, request.body, requestActorOf(deps, request))).tenant,
    );

    app.get(
      '/tenants/:ref/mergers',
      {
        config: { policy: { roles: 'any' } },
        schema: { tags: TAGS, params: tenantParams, response: { 200: z.array(mergerOut) } },
      },
      async (request) => listMergers(deps.db, (await visibleTenant(deps, request, request.params.ref)).id),
    );

    app.post(
      '/tenants/:ref/mergers',
      {
        config: MANAGE,
        schema: { tags: TAGS, params: tenantParams, body: mergerIn, response: { 201: z.array(mergerOut) } },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordMerger(deps.db, request.params.ref, request.body, requestActorOf(deps, request))),
    );

    app.post(
      '/tenants/:ref/accounts/import',
      {
        config: { policy: { roles: rolesFor('org.manage_users') } },
        bodyLimit: SHEET_BODY_LIMIT,
        schema: { tags: TAGS, params: tenantParams, body: sheetUpload, response: { 200: importReportOut } },
      },
      async (request) => {
        const actor = requestActorOf(deps, request);
        const ward = await visibleTenant(deps, request, request.params.ref);
        await wardOf(deps.db, ward.id, actor.lang);
        return importAccounts(deps.db, ward.id, uploadBytes(request.body.contentBase64, actor.lang), actor);
      },
    );
  };
  return plugin;
}

/** A tenant the caller may see: any for the city, only one's own ward otherwise (404, as if missing). */
async function visibleTenant(deps: AppDeps, request: FastifyRequest, ref: string) {
  const auth = authOf(request);
  const tenant = await tenantsRepository(deps.db).find(ref);
  if (!tenant || (!seesAll(auth) && tenant.id !== auth.tenantId)) throw new AppError('not_found');
  return tenant;
}
