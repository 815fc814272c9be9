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
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  CCHC_SEED: z.enum(['true', 'false']).default('true'),
  CCHC_JOBS: z.enum(['true', 'false']).default('true'),
  // E-mail of reminders and digests; without SMTP_HOST, notifications stay in the app.
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).optional(),
  CCHC_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Texts to citizens (SMS, Zalo): `log` is the logging stub; `none` sends nothing.
  SMS_PROVIDER: z.enum(['none', 'log']).default('none'),
});

/** SMTP settings, when e-mail is configured. */
export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

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
  /** Read the client address from X-Forwarded-For: only behind a reverse proxy, else anyone could fake it. */
  trustProxy: boolean;
  seedOnFirstStart: boolean;
  /** Whether this server runs background jobs (reminders, apology proposals); all servers may. */
  runJobs: boolean;
  /** Where e-mails are sent through; null keeps notifications in the app only. */
  smtp: SmtpConfig | null;
  /** The address users open cchc at, for links in e-mails. */
  publicUrl: string | undefined;
  /** Which provider sends texts to citizens (`log`: the logging stub), or `none`. */
  smsProvider: 'none' | 'log';
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
  const smtpProblems = smtpProblemsOf(c);
  if (smtpProblems.length > 0) throw new ConfigError(smtpProblems);
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
    trustProxy: c.TRUST_PROXY === 'true',
    seedOnFirstStart: c.CCHC_SEED === 'true',
    runJobs: c.CCHC_JOBS === 'true',
    smtp: c.SMTP_HOST ? smtpOf(c.SMTP_HOST, c) : null,
    publicUrl: c.CCHC_PUBLIC_URL?.replace(/\/+$/, ''),
    smsProvider: c.SMS_PROVIDER,
  };
}

type ParsedEnv = z.infer<typeof configSchema>;

/** An SMTP host needs a sender, and a user needs a password (and the other way round). */
function smtpProblemsOf(c: ParsedEnv): string[] {
  if (!c.SMTP_HOST) return [];
  const problems: string[] = [];
  if (!c.SMTP_FROM) problems.push('SMTP_FROM: cần địa chỉ gửi khi có SMTP_HOST (required with SMTP_HOST)');
  if (Boolean(c.SMTP_USER) !== Boolean(c.SMTP_PASSWORD)) {
    problems.push('SMTP_USER, SMTP_PASSWORD: cần cả hai hoặc không có cả hai (both or neither)');
  }
  return problems;
}

function smtpOf(host: string, c: ParsedEnv): SmtpConfig {
  return {
    host,
    port: c.SMTP_PORT,
    secure: c.SMTP_SECURE === 'true',
    user: c.SMTP_USER,
    password: c.SMTP_PASSWORD,
    from: c.SMTP_FROM ?? '',
  };
}

/** An empty variable (`PORT=`) means "not set", as in most .env files. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
}
