import { pino } from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;

/**
 * JSON lines in production, readable lines in development. Secrets are redacted wherever they appear. Logs go to
 * stderr, always: stdout belongs to a command's data (`cchc indicators --json | jq` must read JSON alone).
 */
export function createLogger(config: Pick<Config, 'logLevel' | 'logFormat'>): Logger {
  const options = {
    level: config.logLevel,
    redact: { paths: ['password', '*.password', 'req.headers.cookie', 'req.headers["x-csrf-token"]'], remove: true },
  };
  if (config.logFormat === 'pretty') {
    const prettyOptions = { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', destination: 2 };
    return pino({ ...options, transport: { target: 'pino-pretty', options: prettyOptions } });
  }
  return pino(options, pino.destination(2));
}
