import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type CachedBody, cachedBody, SENDS_CACHED_BODY, sendCachedJson } from '../../http/cached-body.js';
import type { AppDeps } from '../../http/deps.js';
import { registerRateLimit } from '../../http/rate-limit/register.js';
import { langFrom } from '../../i18n/messages.js';
import { lookupCache } from './lookup-cache.js';
import type { LookedUpDossier } from './lookup-repository.js';
import { memoryLookupThrottle } from './lookup-throttle.js';
import {
  LOOKUP_FAILURES_PER_CODE,
  presentLookup,
  RATING_CRITERIA,
  rateDossier,
  verifiedDossier,
} from './use-cases/public-lookup.js';

const PUBLIC = { public: true } as const;
const MINUTE = 60_000;

/**
 * Per-address limits of the public dossier pages, on top of the per-code lock after
 * {@link LOOKUP_FAILURES_PER_CODE} failures: a person looks up a few codes, a script many.
 */
export const DOSSIER_RATE_LIMITS = {
  lookup: { max: 20, timeWindow: MINUTE },
  rate: { max: 10, timeWindow: 10 * MINUTE },
} as const;

// The digits travel in a POST body, not the URL, so they stay out of access logs.
const proof = {
  code: z.string().trim().min(5).max(60),
  phone: z.string().regex(/^\d{4}$/),
};

const lookupOut = z.object({
  code: z.string(),
  procedureName: z.string(),
  status: z.number(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  timeline: z.array(z.object({ status: z.number(), at: z.string() })),
  rated: z.boolean(),
  canRate: z.boolean(),
  ratingCriteria: z.array(z.enum(RATING_CRITERIA)),
});

const ratingIn = z.object({
  ...proof,
  satisfied: z.boolean(),
  criteria: z.array(z.enum(RATING_CRITERIA)).max(RATING_CRITERIA.length).default([]),
  comment: z.string().trim().max(1000).optional(),
});

/**
 * The lookup's answer for a dossier as read, serialised (and checked against `lookupOut`) once: a read kept in the
 * lookup cache (lookup-cache.ts) is the same object on every lookup, so its answer is sent as the same bytes; a read
 * the cache dropped is collected with its answer.
 */
function lookupAnswers() {
  const answers = new WeakMap<LookedUpDossier, CachedBody>();
  return (found: LookedUpDossier): CachedBody => {
    let answer = answers.get(found);
    if (!answer) {
      answer = cachedBody(Buffer.from(JSON.stringify(lookupOut.parse(presentLookup(found)))));
      answers.set(found, answer);
    }
    return answer;
  };
}

/** Public dossier pages (no login): look a dossier up by its code and phone digits; rate it once returned. */
export function publicDossierRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await registerRateLimit(app, deps);
    const tags = ['dossiers (public)'];
    // The lookup throttle counts where the rate limits do: in this server's memory, or in the shared database;
    // in memory, the answers are kept too while the server listens to its inputs' changes.
    const inMemory = deps.config.rateLimitStore === 'memory';
    const answerOf = lookupAnswers();
    const lookupDeps = {
      ...deps,
      lookupThrottle: inMemory ? memoryLookupThrottle() : undefined,
      lookupCache: inMemory ? lookupCache<LookedUpDossier>(deps.publicInputs) : undefined,
    };

    app.post(
      '/public/dossiers/lookup',
      {
        // A read: the throttle's counters are all it writes, no page shows them.
        config: { policy: PUBLIC, rateLimit: DOSSIER_RATE_LIMITS.lookup, readOnly: true },
        ...SENDS_CACHED_BODY,
        schema: { tags, body: z.object(proof), response: { 200: lookupOut } },
      },
      async (request, reply) => {
        const found = await verifiedDossier(lookupDeps, {
          code: request.body.code,
          phoneLast4: request.body.phone,
          ip: request.ip,
          now: deps.clock.now(),
          lang: langFrom(request.headers['accept-language']),
          readsOwnWrites: request.readsOwnWrites,
        });
        return sendCachedJson(request, reply, answerOf(found));
      },
    );

    app.post(
      '/public/dossiers/rating',
      {
        config: { policy: PUBLIC, rateLimit: DOSSIER_RATE_LIMITS.rate },
        schema: { tags, body: ratingIn, response: { 204: z.null() } },
      },
      async (request, reply) => {
        const { code, phone, ...rating } = request.body;
        const lang = langFrom(request.headers['accept-language']);
        const proof = { code, phoneLast4: phone, ip: request.ip, now: deps.clock.now(), lang };
        await rateDossier(lookupDeps, { ...proof, readsOwnWrites: request.readsOwnWrites }, rating);
        return reply.status(204).send(null);
      },
    );
  };
}
