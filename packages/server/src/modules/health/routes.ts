import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { migrationStatus } from '../../db/migrate.js';
import type { AppDeps } from '../../http/deps.js';
import { APP_VERSION } from '../../version.js';

const healthOut = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    reachable: z.boolean(),
    migrationsApplied: z.number(),
    migrationsPending: z.array(z.string()),
    /** What is wrong, when something is: the database's or the connection's error. */
    problem: z.string().optional(),
  }),
  time: z.string(),
});

/** A line for the operator: the SQLSTATE or socket code and the message, never a connection string. */
function describeDbProblem(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message || e.constructor.name : String(e);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}

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
        const problem = await sql`SELECT 1`.execute(deps.db).then(
          () => undefined,
          (e: unknown) => describeDbProblem(e),
        );
        const reachable = problem === undefined;
        const migrations = reachable
          ? await migrationStatus(deps.pool).catch(() => ({ applied: 0, pending: ['?'] }))
          : { applied: 0, pending: [] };
        const ok = reachable && migrations.pending.length === 0;
        return reply.status(ok ? 200 : 503).send({
          status: ok ? 'ok' : 'degraded',
          version: APP_VERSION,
          database: {
            reachable,
            migrationsApplied: migrations.applied,
            migrationsPending: migrations.pending,
            ...(problem ? { problem } : {}),
          },
          time: deps.clock.now().toISOString(),
        });
      },
    );
  };
}
