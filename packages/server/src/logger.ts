import { pino } from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;

/** JSON lines in production, readable lines in development. Secrets are redacted wherever they appear. */
export function createLogger(config: Pick<Config, 'logLevel' | 'logFormat'>): Logger {
  return pino({
    level: config.logLevel,
    redact: { paths: ['password', '*.password', 'req.headers.cookie', 'req.headers["x-csrf-token"]'], remove: true },
    ...(config.logFormat === 'pretty'
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
  });
}
