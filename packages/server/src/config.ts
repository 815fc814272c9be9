import path from 'node:path';
import { z } from 'zod';

/** Every setting cchc reads from the environment; `.env.example` documents each one. */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  CCHC_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'phải bắt đầu bằng postgres:// (must start with postgres://)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  CCHC_NOW: z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), 'không phải thời điểm ISO 8601 (not an ISO 8601 instant)')
    .optional(),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  CCHC_SEED: z.enum(['true', 'false']).default('true'),
  CCHC_JOBS: z.enum(['true', 'false']).default('true'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: string;
  logFormat: 'json' | 'pretty';
  now: Date | undefined;
  sessionDays: number;
  cookieSecure: 'auto' | 'true' | 'false';
  seedOnFirstStart: boolean;
  /** Whether this server runs background jobs (reminders, apology proposals); all servers may. */
  runJobs: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ (invalid configuration):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates the environment once, at start; returns every problem at once rather than the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.CCHC_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    logLevel: c.LOG_LEVEL,
    logFormat: c.LOG_FORMAT ?? (c.NODE_ENV === 'production' ? 'json' : 'pretty'),
    now: c.CCHC_NOW ? new Date(c.CCHC_NOW) : undefined,
    sessionDays: c.SESSION_DAYS,
    cookieSecure: c.COOKIE_SECURE,
    seedOnFirstStart: c.CCHC_SEED === 'true',
    runJobs: c.CCHC_JOBS === 'true',
  };
}

/** An empty variable (`PORT=`) means "not set", as in most .env files. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
}
