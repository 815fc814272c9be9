import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationStatus } from '../../db/migrate.js';
import type { AppDeps } from '../../http/deps.js';
import { APP_VERSION } from '../../version.js';
import { healthRepository } from './repository.js';

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
  /** The read replica, when one is configured: whether it answers and how far it is behind the primary. */
  replica: z
    .object({
      reachable: z.boolean(),
      /** Bytes of WAL the primary wrote that the replica has not replayed yet. */
      lagBytes: z.number().nullable(),
      /** Seconds since the replica replayed its last transaction, 0 when it has replayed everything. */
      lagSeconds: z.number().nullable(),
      problem: z.string().optional(),
    })
    .optional(),
  time: z.string(),
});

type ReplicaHealth = NonNullable<z.infer<typeof healthOut>['replica']>;

/** The replica's lag: its replay position against the primary's current WAL position. */
async function replicaHealth(primary: AppDeps['db'], replica: AppDeps['db']): Promise<ReplicaHealth> {
  try {
    const row = await healthRepository.standbyReplay(replica);
    if (!row?.replayed) return { reachable: true, lagBytes: null, lagSeconds: null, problem: 'not a standby' };
    const lagBytes = await healthRepository.walBytesAfter(primary, row.replayed);
    // A replica with nothing left to replay is not behind, however long ago the last write was.
    const lagSeconds = lagBytes === 0 ? 0 : Math.max(0, row.seconds ?? 0);
    return { reachable: true, lagBytes, lagSeconds };
  } catch (e) {
    return { reachable: false, lagBytes: null, lagSeconds: null, problem: describeDbProblem(e) };
  }
}

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
        const problem = await healthRepository.ping(deps.db).then(
          () => undefined,
          (e: unknown) => describeDbProblem(e),
        );
        const reachable = problem === undefined;
        const migrations = reachable
          ? await migrationStatus(deps.pool).catch(() => ({ applied: 0, pending: ['?'] }))
          : { applied: 0, pending: [] };
        const replica = deps.replica ? await replicaHealth(deps.db, deps.replica.db) : undefined;
        const ok = reachable && migrations.pending.length === 0 && (replica?.reachable ?? true);
        return reply.status(ok ? 200 : 503).send({
          status: ok ? 'ok' : 'degraded',
          version: APP_VERSION,
          database: {
            reachable,
            migrationsApplied: migrations.applied,
            migrationsPending: migrations.pending,
            ...(problem ? { problem } : {}),
          },
          ...(replica ? { replica } : {}),
          time: deps.clock.now().toISOString(),
        });
      },
    );
  };
}
