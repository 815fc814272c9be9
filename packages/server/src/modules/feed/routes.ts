import { blockOf, rolesFor, type TenantKind } from '@cchc/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { type AppDeps, readDb } from '../../http/deps.js';
import { requestActorOf } from '../../http/request-context.js';
import { langFrom } from '../../i18n/messages.js';
import { periodNamed } from '../indicators/index.js';
import { parStandings } from '../par/index.js';
import { tenantMessage, tenantsRepository } from '../tenants/index.js';
import {
  type FeedWard,
  wardPlanProgress,
  wardsFeedback,
  wardsIndicators,
  wardsInScope,
  wardTargets,
} from './figures.js';
import { createFeedKey, findLiveKey, listFeedKeys, revokeFeedKey } from './keys.js';
import { feedRepository } from './repository.js';
import {
  FEED_VERSION,
  feedbackFeedOut,
  indicatorsFeedOut,
  keyCreate,
  keyOut,
  keyRefParams,
  monthQuery,
  parIndexFeedOut,
  parIndexQuery,
  planFeedOut,
  targetsFeedOut,
} from './schemas.js';

const TAGS = ['feed'];
// The data routes authenticate by API key, not by session: the key check below answers 401 itself.
const KEYED = { policy: { apiKey: 'feed' } } as const;
const MANAGE = { policy: { roles: rolesFor('feed.manage_keys'), tenant: 'city' as const } };
const BEARER = { security: [{ bearerAuth: [] }] };

/** One answer per ward, a few wards at a time: 114 wards answer in a fraction of the serial time. */
async function perWard<T>(wards: FeedWard[], read: (w: FeedWard) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < wards.length; i += 4) out.push(...(await Promise.all(wards.slice(i, i + 4).map(read))));
  return out;
}

const head = (w: FeedWard) => ({
  code: w.code,
  name: w.name,
  kind: w.kind,
  block: blockOf(w.kind as TenantKind),
  adminUnitCode: w.adminUnitCode,
  active: w.active,
});

/** `/api/v1/feed/…`: the read-only data feed of the city's operations centre (IOC), and its API keys. */
export function feedRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(feedDataRoutes(deps));

    app.get('/feed/keys', { config: MANAGE, schema: { tags: TAGS, response: { 200: z.array(keyOut) } } }, async () =>
      listFeedKeys(deps.db),
    );

    app.post(
      '/feed/keys',
      {
        config: MANAGE,
        schema: { tags: TAGS, body: keyCreate, response: { 201: keyOut.extend({ key: z.string() }) } },
      },
      async (request, reply) => {
        return reply.status(201).send(await createFeedKey(deps.db, request.body, requestActorOf(deps, request)));
      },
    );

    app.post(
      '/feed/keys/:ref/revoke',
      { config: MANAGE, schema: { tags: TAGS, params: keyRefParams, response: { 200: keyOut } } },
      async (request) => revokeFeedKey(deps.db, request.params.ref, requestActorOf(deps, request)),
    );
  };
}

function feedDataRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.decorateRequest('feedKey', null);
    // onRequest: a call without a valid key answers 401 before its query is even validated.
    app.addHook('onRequest', async (request) => {
      const lang = langFrom(request.headers['accept-language']);
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      if (!match?.[1]) throw tenantMessage.error('unauthenticated', 'feed_key_missing', lang);
      const key = await findLiveKey(deps.db, match[1]);
      if (!key) throw tenantMessage.error('unauthenticated', 'feed_key_invalid', lang);
      request.feedKey = { id: key.id, wardIds: key.ward_ids };
    });
    // Every call is logged, answered or refused.
    app.addHook('onResponse', async (request, reply) => {
      const city = await tenantsRepository(deps.db).city();
      if (!city) return;
      await feedRepository(deps.db).logCall({
        tenant_id: city.id,
        key_id: request.feedKey?.id ?? null,
        at: deps.clock.now(),
        path: request.url.slice(0, 500),
        status: reply.statusCode,
        ip: request.ip,
      });
    });

    const wards = (request: FastifyRequest) => {
      // The onRequest hook has set the key; `wardIds: null` is a key for every ward.
      if (!request.feedKey) throw new AppError('unauthenticated');
      return wardsInScope(readDb(deps, request), request.feedKey.wardIds);
    };
    const stamp = () => ({ version: FEED_VERSION, generatedAt: deps.clock.now().toISOString() });

    app.get(
      '/feed/indicators',
      {
        config: KEYED,
        schema: { tags: TAGS, ...BEARER, querystring: monthQuery, response: { 200: indicatorsFeedOut } },
      },
      async (request) => {
        const { period } = request.query;
        periodNamed(period);
        const list = await wards(request);
        const figures = await wardsIndicators(readDb(deps, request), list, period);
        const rows = list.map((w, i) => ({ ...head(w), period, ...(figures[i] as (typeof figures)[number]) }));
        return { ...stamp(), period, wards: rows };
      },
    );

    app.get(
      '/feed/plan-progress',
      { config: KEYED, schema: { tags: TAGS, ...BEARER, response: { 200: planFeedOut } } },
      async (request) => {
        const rows = await perWard(await wards(request), async (w) => ({
          ...head(w),
          ...(await wardPlanProgress(readDb(deps, request), w, deps.clock.now())),
        }));
        return { ...stamp(), wards: rows };
      },
    );

    app.get(
      '/feed/targets',
      { config: KEYED, schema: { tags: TAGS, ...BEARER, response: { 200: targetsFeedOut } } },
      async (request) => {
        const rows = await perWard(await wards(request), async (w) => ({
          ...head(w),
          ...(await wardTargets(readDb(deps, request), w, deps.clock.now())),
        }));
        return { ...stamp(), wards: rows };
      },
    );

    app.get(
      '/feed/feedback',
      { config: KEYED, schema: { tags: TAGS, ...BEARER, querystring: monthQuery, response: { 200: feedbackFeedOut } } },
      async (request) => {
        const { period } = request.query;
        const { from, to } = periodNamed(period);
        const list = await wards(request);
        const figures = await wardsFeedback(readDb(deps, request), list, { from, to });
        const rows = list.map((w, i) => ({ ...head(w), period, ...(figures[i] as (typeof figures)[number]) }));
        return { ...stamp(), period, wards: rows };
      },
    );

    app.get(
      '/feed/par-index',
      {
        config: KEYED,
        schema: { tags: TAGS, ...BEARER, querystring: parIndexQuery, response: { 200: parIndexFeedOut } },
      },
      async (request) => {
        const { index, year } = request.query;
        // Ranks are the city's over every ward of the block, whichever wards the key may read.
        const table = await parStandings(deps.db, index, year);
        const byCode = new Map(table.map((r) => [r.code, r]));
        const rows = (await wards(request)).map((w) => {
          const row = byCode.get(w.code);
          const ranked = table.filter((r) => r.block === row?.block && r.final !== null).length;
          return {
            ...head(w),
            status: row?.status ?? null,
            score: row?.final ?? null,
            rank: row?.finalRank ?? null,
            rankOf: ranked,
          };
        });
        return { ...stamp(), index, year, wards: rows };
      },
    );
  };
}
