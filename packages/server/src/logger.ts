import { type DestinationStream, pino } from 'pino';
import type { Config } from './config.js';
import { censorLogValue, LOG_REDACT_PATHS, serializeRequest } from './log-privacy.js';

export type Logger = pino.Logger;

/**
 * JSON lines in production, readable lines in development. Secrets are redacted and citizens' personal data masked
 * wherever they appear (log-privacy.ts). Logs go to stderr, always: stdout belongs to a command's data
 * (`cchc indicators --json | jq` must read JSON alone). `destination` is for tests that read the lines.
 */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'logFormat'>,
  destination: DestinationStream = pino.destination(2),
): Logger {
  const options = {
    level: config.logLevel,
    redact: { paths: LOG_REDACT_PATHS, censor: censorLogValue },
    serializers: { req: serializeRequest },
  };
  if (config.logFormat === 'pretty') {
    const prettyOptions = { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', destination: 2 };
    return pino({ ...options, transport: { target: 'pino-pretty', options: prettyOptions } });
  }
  return pino(options, destination);
}
