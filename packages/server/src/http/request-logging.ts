import { type FastifyBaseLogger, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import type { Bindings, ChildLoggerOptions, LogFn, pino } from 'pino';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * One line per request, at its end (method, masked URL, address, status, time), instead of Fastify's two; written
 * by the root logger with the request id, so a request that logs nothing of its own never builds a child logger.
 * Writes and refusals at info; answered reads (a citizen's page view, a lookup sent as POST) at debug: at info a
 * line costs a cached public page about half its throughput, and reads change nothing an operator must trace
 * (personal-data reads are audited apart). Errors and Fastify's other lines are unchanged.
 */
export class OneLinePerRequest extends LogController {
  constructor(private readonly log: pino.Logger) {
    super();
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const read = READS.has(request.method) || request.routeOptions.config.readOnly === true;
    const level = error ? 'error' : read && reply.statusCode < 400 ? 'debug' : 'info';
    if (!this.log.isLevelEnabled(level)) return;
    // The root logger serialises `req` (log-privacy.ts); of the reply only the status is written.
    const line = {
      reqId: request.id,
      req: request,
      res: { statusCode: reply.statusCode },
      responseTime: reply.elapsedTime,
    };
    if (error) this.log.error({ ...line, err: error }, 'request errored');
    else this.log[level](line, 'request completed');
  }
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * `request.log`, made when the request first logs: a pino child costs its bindings' serialisation and redaction,
 * and most requests write no line of their own (see OneLinePerRequest).
 */
export function lazyChildLogger(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  let child: FastifyBaseLogger | undefined;
  const real = () => {
    child ??= logger.child(bindings, options);
    return child;
  };
  const lazy = {
    get level() {
      return real().level;
    },
    set level(level: string) {
      real().level = level;
    },
    child: (more: Bindings, moreOptions?: ChildLoggerOptions) => real().child(more, moreOptions),
  } as FastifyBaseLogger;
  for (const level of LEVELS) {
    const write = (...args: Parameters<LogFn>) => real()[level](...args);
    Object.assign(lazy, { [level]: write as LogFn });
  }
  return lazy;
}
