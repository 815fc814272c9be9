import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.js';
import { listenToPublicInputs } from '../db/public-inputs-listener.js';
import { AppError } from '../errors.js';
import { oidcRoutes } from '../modules/auth/oidc-routes.js';
import { authRepository } from '../modules/auth/repository.js';
import { authRoutes } from '../modules/auth/routes.js';
import { resolveSession } from '../modules/auth/service.js';
import { SESSION_COOKIE } from '../modules/auth/session-cookie.js';
import { calendarRoutes } from '../modules/calendar/routes.js';
import { cityRoutes } from '../modules/city/routes.js';
import { dossierRoutes } from '../modules/dossiers/routes.js';
import { feedRoutes } from '../modules/feed/routes.js';
import { feedbackRoutes } from '../modules/feedback/routes.js';
import { healthRoutes } from '../modules/health/routes.js';
import { indicatorRoutes } from '../modules/indicators/routes.js';
import { inspectionRoutes } from '../modules/inspections/routes.js';
import { legalDocumentRoutes } from '../modules/legal-documents/routes.js';
import { notificationRoutes } from '../modules/notifications/routes.js';
import { orgRoutes } from '../modules/org/routes.js';
import { parRoutes } from '../modules/par/routes.js';
import { personalDataRoutes } from '../modules/personal-data/routes.js';
import { planRoutes } from '../modules/plans/routes.js';
import { procedureRoutes } from '../modules/procedures/routes.js';
import { registerLinkRoutes } from '../modules/register-links/routes.js';
import { reportRoutes } from '../modules/reports/routes.js';
import { targetRoutes } from '../modules/targets/routes.js';
import { taskRoutes } from '../modules/tasks/routes.js';
import { tenantRoutes } from '../modules/tenants/routes.js';
import { pickWard, refuseWritesToInactive } from '../modules/tenants/ward-picker.js';
import { todoRoutes } from '../modules/todo/routes.js';
import { APP_VERSION } from '../version.js';
import type { AppDeps } from './deps.js';
import { type OpenApiDocument, withErrorBody } from './error-body.js';
import { handleError } from './error-handler.js';
import { guardInputs } from './input-guard.js';
import { enforcePolicy, isPublicRead, type RegisteredRoute, requirePolicyOnEveryRoute } from './policy.js';
import { readYourWrites } from './read-your-writes.js';
import { lazyChildLogger, OneLinePerRequest } from './request-logging.js';
import { pageFor, serveWeb } from './static-web.js';
import { hardenWeb } from './web-hardening.js';

z.config(z.locales.vi());

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route with its declared policy. */
    apiRoutes: RegisteredRoute[];
  }
}

/** Longer path parameters find no route (a documented 404); ids and codes are far shorter. */
const MAX_PARAM_LENGTH = 200;

/** Route modules mounted under /api/v1; a new feature adds one line here. */
const API_MODULES = [
  healthRoutes,
  authRoutes,
  oidcRoutes,
  orgRoutes,
  calendarRoutes,
  planRoutes,
  taskRoutes,
  targetRoutes,
  notificationRoutes,
  feedbackRoutes,
  inspectionRoutes,
  legalDocumentRoutes,
  reportRoutes,
  procedureRoutes,
  dossierRoutes,
  indicatorRoutes,
  cityRoutes,
  personalDataRoutes,
  tenantRoutes,
  feedRoutes,
  todoRoutes,
  parRoutes,
  registerLinkRoutes,
];

/** Builds the HTTP application: API, OpenAPI, docs and (when built) the web UI. Does not listen. */
export async function buildApp(given: AppDeps, options: { serveWeb?: boolean } = {}): Promise<FastifyInstance> {
  // One listening connection per app server for the public pages' caches, closed with the app.
  const publicInputs = given.publicInputs ?? listenToPublicInputs(given.pool.options, given.log);
  const deps: AppDeps = { ...given, publicInputs };
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    logController: new OneLinePerRequest(deps.log),
    childLoggerFactory: lazyChildLogger,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1_048_576,
    trustProxy: trustProxyOption(deps.config.trustProxy),
    // A URL Fastify cannot decode (bad %-escape) answers in our error shape, not Fastify's.
    frameworkErrors: (error, request, reply) => handleError(error, request, reply),
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // Callback hooks where nothing is awaited: an async hook costs every request a promise and a tick.
  app.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    // The UI's "today" is the server's: CCHC_NOW and tests move one clock for both.
    void reply.header('x-server-time', deps.clock.now().toISOString());
    done(null, payload);
  });
  app.decorate('apiRoutes', requirePolicyOnEveryRoute(app));
  if (!given.publicInputs) app.addHook('onClose', () => publicInputs.close());

  await hardenWeb(app);
  await app.register(cookie);
  readYourWrites(app, deps);
  await registerOpenApi(app);
  app.decorateRequest('auth', null);
  const sessions = authRepository(deps.db);
  // preValidation: the policy answers before the body is validated, so a stranger learns nothing from a 400.
  const authorise = async (request: FastifyRequest, reply: FastifyReply, value: string | undefined) => {
    const session = value ? await resolveSession(sessions, deps.clock, value, deps.config.sessionIdleMinutes) : null;
    // A city user's ward picker names the ward the request works in (x-cchc-tenant).
    request.auth = await pickWard(deps.db, session, request);
    await enforcePolicy(request, reply);
    await refuseWritesToInactive(deps.db, request.auth, request);
  };
  app.addHook('preValidation', (request, reply, done) => {
    if (!request.url.startsWith('/api/')) return done(); // static files need no session lookup
    const value = request.cookies[SESSION_COOKIE];
    // A citizen's read of a public page stays signed out (`request.auth` null) with nothing to look up.
    if (value === undefined && isPublicRead(request)) return done();
    authorise(request, reply, value).then(() => done(), done);
  });
  guardInputs(app);

  await app.register(
    async (api) => {
      for (const routes of API_MODULES) await api.register(routes(deps));
    },
    { prefix: '/api/v1' },
  );
  const web = options.serveWeb ? await serveWeb(app, deps.log) : false;
  app.setNotFoundHandler((request, reply) => {
    if (web && request.method === 'GET' && !request.url.startsWith('/api')) return reply.sendFile(pageFor(request.url));
    handleError(new AppError('not_found'), request, reply);
  });
  return app;
}

/** Fastify's form of TRUST_PROXY: a hop count becomes "the first n hops from the socket are proxies". */
function trustProxyOption(value: Config['trustProxy']) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}

async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'cchc API', version: APP_VERSION, description: 'Cải cách hành chính phường/xã' },
      // The IOC feed (/api/v1/feed/…) takes an API key as `Authorization: Bearer <key>`.
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: (document) =>
      'openapiObject' in document ? withErrorBody(document.openapiObject as OpenApiDocument) : document.swaggerObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
