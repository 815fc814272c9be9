import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { migrationStatus } from '../../db/migrate.js';
import type { AppDeps } from '../../http/deps.js';
import { APP_VERSION } from '../../version.js';

const healthOut = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ reachable: z.boolean(), migrationsApplied: z.number(), migrationsPending: z.array(z.string()) }),
  time: z.string(),
});

/** Liveness and readiness in one: the database answers and every migration is applied. */
export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        config: { policy: { public: true } },
        schema: { tags: ['system'], response: { 200: healthOut, 503: healthOut } },
      },
      async (_request, reply) => {
        const reachable = await sql`SELECT 1`.execute(deps.db).then(
          () => true,
          () => false,
        );
        const migrations = reachable ? await migrationStatus(deps.pool) : { applied: 0, pending: [] };
        const ok = reachable && migrations.pending.length === 0;
        return reply.status(ok ? 200 : 503).send({
          status: ok ? 'ok' : 'degraded',
          version: APP_VERSION,
          database: { reachable, migrationsApplied: migrations.applied, migrationsPending: migrations.pending },
          time: deps.clock.now().toISOString(),
        });
      },
    );
  };
}
