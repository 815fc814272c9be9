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
 * and most requests write no line of their own (see OneLinePerRequest). A class whose level methods live on its
 * prototype, so a request that never logs costs one small object, not a set of closures.
 */
class LazyChildLogger {
  private made: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  /** The pino child, made on first use. */
  real(): FastifyBaseLogger {
    this.made ??= this.parent.child(this.bindings, this.options);
    return this.made;
  }

  get level(): string {
    return this.real().level;
  }

  set level(level: string) {
    this.real().level = level;
  }

  child(more: Bindings, moreOptions?: ChildLoggerOptions): FastifyBaseLogger {
    return this.real().child(more, moreOptions);
  }
}
for (const level of LEVELS) {
  Object.defineProperty(LazyChildLogger.prototype, level, {
    value(this: LazyChildLogger, ...args: Parameters<LogFn>) {
      return this.real()[level](...args);
    },
  });
}

/** Fastify's `childLoggerFactory`: the request's logger, lazily (LazyChildLogger). */
export function lazyChildLogger(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  // The level methods are on the prototype (above), which TypeScript does not see.
  return new LazyChildLogger(logger, bindings, options) as unknown as FastifyBaseLogger;
}
