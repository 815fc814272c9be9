import path from 'node:path';
import { DEFAULT_RETENTION_DAYS, RETENTION_KINDS, type RetentionKind } from '@cchc/domain';
import { z } from 'zod';
import { type OidcConfig, oidcEnv, oidcOf, oidcProblems } from './config-oidc.js';

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
  // A streaming standby of DATABASE_URL: reports, the city view and the feed read from it (docs/SCALING.md).
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'phải bắt đầu bằng postgres:// (must start with postgres://)')
    .optional(),
  // Where uploaded files are kept; several app servers share one folder (a network mount). Default <data>/files.
  CCHC_FILES_DIR: z.string().min(1).optional(),
  // Or an S3-compatible bucket (AWS S3, MinIO…), credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
  CCHC_FILES_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'không phải tên bucket S3 (not an S3 bucket name)')
    .optional(),
  CCHC_FILES_S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  CCHC_FILES_S3_REGION: z.string().min(1).default('us-east-1'),
  CCHC_FILES_S3_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9._-]+\/)*$/, 'các đoạn chữ, số, . _ - kết thúc bằng / (segments ending in /)')
    .default(''),
  // Where the public pages' per-address request counts live: `database` (shared by every app server on one
  // database) or `memory` (this process). Default: database with DATABASE_URL, memory on the embedded one.
  RATE_LIMIT_STORE: z.enum(['database', 'memory']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  CCHC_NOW: z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), 'không phải thời điểm ISO 8601 (not an ISO 8601 instant)')
    .optional(),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(0).max(1440).default(0),
  TRUST_PROXY: z.string().default('false'),
  CCHC_SEED: z.enum(['true', 'false']).default('true'),
  CCHC_JOBS: z.enum(['true', 'false']).default('true'),
  // E-mail of reminders and digests; without SMTP_HOST, notifications stay in the app.
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).optional(),
  // Days each kind of personal data is kept, e.g. dossierContacts=3650,feedbackContacts=1825 (Decree 13).
  RETENTION_DAYS: z.string().optional(),
  CCHC_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Texts to citizens (SMS, Zalo): `log` is the logging stub; `none` sends nothing.
  SMS_PROVIDER: z.enum(['none', 'log']).default('none'),
  // Optional login through the province's OpenID Connect provider (config-oidc.ts).
  ...oidcEnv,
});

/** An S3-compatible bucket (AWS S3, MinIO, Ceph…); credentials come from the SDK's usual chain (AWS_* variables). */
export interface S3FilesConfig {
  bucket: string;
  /** The service's address, for a store other than AWS (path-style requests); undefined: AWS itself. */
  endpoint: string | undefined;
  region: string;
  /** Keys are `<prefix><ab>/<hash>`, e.g. `cchc/` to share a bucket. */
  prefix: string;
}

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
  /** A read replica for reports, city views and the feed; undefined reads everything from the primary. */
  databaseReplicaUrl: string | undefined;
  /** The uploaded files' folder, shared by every app server on one database (with S3: parts being received). */
  filesDir: string;
  /** An S3-compatible bucket holding the uploaded files instead of the folder; null: the folder. */
  filesS3: S3FilesConfig | null;
  /** Where per-address request limits are counted: shared in the database, or per process. */
  rateLimitStore: 'database' | 'memory';
  logLevel: string;
  logFormat: 'json' | 'pretty';
  now: Date | undefined;
  sessionDays: number;
  cookieSecure: 'auto' | 'true' | 'false';
  /** Minutes without a request after which a session ends (shared counter computers); 0: no idle limit. */
  sessionIdleMinutes: number;
  /**
   * Which reverse proxies are believed about X-Forwarded-For/-Proto: false, a hop count, or their addresses and
   * CIDRs (Fastify `trustProxy`). The client address is the right-most one no trusted proxy wrote, never the
   * left-most a client may have typed.
   */
  trustProxy: false | number | string[];
  seedOnFirstStart: boolean;
  /** Whether this server runs background jobs (reminders, apology proposals); all servers may. */
  runJobs: boolean;
  /** Where e-mails are sent through; null keeps notifications in the app only. */
  smtp: SmtpConfig | null;
  /** Days each kind of personal data is kept before the nightly job erases it (domain defaults, RETENTION_DAYS). */
  retentionDays: Record<RetentionKind, number>;
  /** The address users open cchc at, for links in e-mails. */
  publicUrl: string | undefined;
  /** Which provider sends texts to citizens (`log`: the logging stub), or `none`. */
  smsProvider: 'none' | 'log';
  /** The province's OpenID Connect provider; null: password login only. */
  oidc: OidcConfig | null;
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
  const retention = retentionOf(c.RETENTION_DAYS);
  const problems = [
    ...smtpProblemsOf(c),
    ...trustProxyProblems(c.TRUST_PROXY),
    ...retention.problems,
    ...oidcProblems(c),
    ...(c.CCHC_FILES_S3_ENDPOINT && !c.CCHC_FILES_S3_BUCKET
      ? ['CCHC_FILES_S3_ENDPOINT: cần CCHC_FILES_S3_BUCKET (needs CCHC_FILES_S3_BUCKET)']
      : []),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.CCHC_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    databaseReplicaUrl: c.DATABASE_REPLICA_URL,
    filesDir: path.resolve(c.CCHC_FILES_DIR ?? path.join(c.CCHC_DATA_DIR, 'files')),
    filesS3: c.CCHC_FILES_S3_BUCKET
      ? {
          bucket: c.CCHC_FILES_S3_BUCKET,
          endpoint: c.CCHC_FILES_S3_ENDPOINT,
          region: c.CCHC_FILES_S3_REGION,
          prefix: c.CCHC_FILES_S3_PREFIX,
        }
      : null,
    rateLimitStore: c.RATE_LIMIT_STORE ?? (c.DATABASE_URL ? 'database' : 'memory'),
    logLevel: c.LOG_LEVEL,
    logFormat: c.LOG_FORMAT ?? (c.NODE_ENV === 'production' ? 'json' : 'pretty'),
    now: c.CCHC_NOW ? new Date(c.CCHC_NOW) : undefined,
    sessionDays: c.SESSION_DAYS,
    cookieSecure: c.COOKIE_SECURE,
    sessionIdleMinutes: c.SESSION_IDLE_MINUTES,
    trustProxy: trustProxyOf(c.TRUST_PROXY),
    seedOnFirstStart: c.CCHC_SEED === 'true',
    runJobs: c.CCHC_JOBS === 'true',
    smtp: c.SMTP_HOST ? smtpOf(c.SMTP_HOST, c) : null,
    publicUrl: c.CCHC_PUBLIC_URL?.replace(/\/+$/, ''),
    retentionDays: retention.days,
    smsProvider: c.SMS_PROVIDER,
    oidc: oidcOf(c),
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

/** `kind=days,…` over the domain's defaults; an unknown kind or a bad number is a problem. */
function retentionOf(value: string | undefined): { days: Record<RetentionKind, number>; problems: string[] } {
  const days = { ...DEFAULT_RETENTION_DAYS };
  const problems: string[] = [];
  for (const pair of (value ?? '').split(',').filter((p) => p.trim())) {
    const [kind = '', n = ''] = pair.split('=').map((x) => x.trim());
    if (!(RETENTION_KINDS as readonly string[]).includes(kind) || !/^\d{1,5}$/.test(n) || Number(n) < 1) {
      problems.push(`RETENTION_DAYS: "${pair}" (kinds: ${RETENTION_KINDS.join(', ')}; days ≥ 1)`);
    } else days[kind as RetentionKind] = Number(n);
  }
  return { days, problems };
}

// proxy-addr's names for address ranges, as Fastify accepts them.
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const IPV4_CIDR = /^(\d{1,3})(\.\d{1,3}){3}(\/\d{1,2})?$/;
const IPV6_CIDR = /^[0-9a-f:.]+(\/\d{1,3})?$/i;

/** Each problem of a TRUST_PROXY value; `true` (trust everyone, the left-most address wins) is refused. */
function trustProxyProblems(value: string): string[] {
  if (value === 'false' || /^\d{1,2}$/.test(value)) return [];
  if (value === 'true') {
    return [
      'TRUST_PROXY: "true" tin địa chỉ tự khai của máy khách; ghi địa chỉ/CIDR của proxy hoặc số tầng proxy (list the proxy addresses/CIDRs or a hop count)',
    ];
  }
  const bad = value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => !NAMED_RANGES.has(p) && !IPV4_CIDR.test(p) && !IPV6_CIDR.test(p));
  return bad.length ? [`TRUST_PROXY: không phải địa chỉ/CIDR (not an address or CIDR): ${bad.join(', ')}`] : [];
}

function trustProxyOf(value: string): false | number | string[] {
  if (value === 'false') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value) === 0 ? false : Number(value);
  return value.split(',').map((p) => p.trim());
}

/** An empty variable (`PORT=`) means "not set", as in most .env files. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
}
