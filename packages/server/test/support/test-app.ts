import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { type Clock, createClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { connect, type Db } from '../../src/db/database.js';
import { buildApp } from '../../src/http/app.js';
import type { AppDeps } from '../../src/http/deps.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.js';
import { TEST_EPOCH } from './constants.js';
import { adminQuery, withDatabase } from './global-setup.js';

export interface TestApp {
  url: string;
  /** The test database, for code that opens its own connections (jobs). */
  databaseUrl: string;
  db: Db;
  clock: Clock;
  app: FastifyInstance;
  /** What route modules and jobs receive. */
  deps: AppDeps;
  dataDir: string;
  /** A fresh cookie jar talking to this server over HTTP. */
  client(): TestClient;
  /** A client already logged in as a demo account. */
  loginAs(username: string): Promise<TestClient>;
  close(): Promise<void>;
}

/**
 * The real server on a real database: a fresh copy of the seeded template, listening on a free port.
 * Tests talk to it over HTTP like the browser does.
 */
export async function startTestApp(
  options: { serveWeb?: boolean; now?: Date; env?: Record<string, string>; log?: Logger } = {},
): Promise<TestApp> {
  const adminUrl = inject('adminUrl');
  const name = `cchc_t_${inject('runId')}_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject('templateDb')}`);
  const databaseUrl = withDatabase(adminUrl, name);
  const handle = connect(databaseUrl, false, () =>
    adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-app-'));
  // Tests stand in for clients at several addresses with X-Forwarded-For, as behind a ward's reverse proxy.
  const config = loadConfig({
    NODE_ENV: 'test',
    CCHC_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    TRUST_PROXY: 'loopback',
    ...options.env,
  });
  const clock = createClock(options.now ?? TEST_EPOCH);
  const log = options.log ?? createLogger({ logLevel: process.env.TEST_LOG_LEVEL ?? 'silent', logFormat: 'json' });
  // One deps object for the app and the test: a test that starts jobs sets `deps.jobs` for the routes too.
  const deps: AppDeps = { config, db: handle.db, pool: handle.pool, clock, log };
  const app = await buildApp(deps, options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  // A test that runs `cchc` with spawnSync blocks this process, the server's timers with it. Were the server's idle
  // connection timeout the shorter one, it would close a kept-alive socket just as the test's next fetch reuses it
  // (ECONNRESET); the client (undici, 4 s) always drops it first this way.
  app.server.keepAliveTimeout = 10 * 60_000;
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const client = () => new TestClient(url);
  return {
    url,
    databaseUrl,
    db: handle.db,
    clock,
    app,
    deps,
    dataDir,
    client,
    loginAs: async (username) => {
      const c = client();
      await c.login(username);
      return c;
    },
    close: async () => {
      await app.close();
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: tests assert response bodies field by field; a loose type keeps them short
type Loose = any;

export interface TestResponse<T = Loose> {
  status: number;
  body: T;
  headers: Headers;
}

/** A minimal browser: keeps the session cookie and sends the CSRF token on writes. */
export class TestClient {
  private cookie: string | null = null;
  private csrf: string | null = null;
  constructor(readonly baseUrl: string) {}

  async login(username: string, password = DEMO_PASSWORD): Promise<TestResponse> {
    const res = await this.request('POST', '/api/v1/auth/login', { username, password });
    if (res.status === 204) {
      const me = await this.get<{ csrfToken: string }>('/api/v1/auth/me');
      this.csrf = me.body.csrfToken;
    }
    return res;
  }

  get = <T = Loose>(p: string, headers: Record<string, string> = {}) => this.request<T>('GET', p, undefined, headers);
  post = <T = Loose>(p: string, body?: unknown, headers: Record<string, string> = {}) =>
    this.request<T>('POST', p, body, headers);
  patch = <T = Loose>(p: string, body?: unknown, headers: Record<string, string> = {}) =>
    this.request<T>('PATCH', p, body, headers);
  put = <T = Loose>(p: string, body?: unknown, headers: Record<string, string> = {}) =>
    this.request<T>('PUT', p, body, headers);
  delete = <T = Loose>(p: string, headers: Record<string, string> = {}) =>
    this.request<T>('DELETE', p, undefined, headers);

  /** A fresh client whose TCP connections leave from another loopback address (127.0.0.2…), no header needed. */
  static from(baseUrl: string, localAddress: string): TestClient {
    const c = new TestClient(baseUrl);
    c.localAddress = localAddress;
    return c;
  }
  private localAddress: string | undefined;

  /** The same signed-in browser talking to another app server (behind one load balancer, one origin). */
  at(baseUrl: string): TestClient {
    const c = new TestClient(baseUrl);
    c.cookie = this.cookie;
    c.csrf = this.csrf;
    return c;
  }

  /** Sends without the CSRF header, as a forged cross-site form would. */
  withoutCsrf(): TestClient {
    const c = new TestClient(this.baseUrl);
    c.cookie = this.cookie;
    return c;
  }

  async request<T = Loose>(
    method: string,
    p: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...extra };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = extra.cookie ? `${this.cookie}; ${extra.cookie}` : this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
    const res = this.localAddress
      ? await fetchFrom(this.localAddress, `${this.baseUrl}${p}`, init)
      : await fetch(`${this.baseUrl}${p}`, init);
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? null;
    const text = await res.text();
    const parsed = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
}

/** fetch's answer shape over node:http, for a request sent from a chosen local address. */
function fetchFrom(
  localAddress: string,
  url: string,
  init: { method: string; headers: Record<string, string>; body: string | undefined },
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method, headers: init.headers, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(res.headers)) {
          if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
        }
        const status = res.statusCode ?? 500;
        const payload = status === 204 ? null : Buffer.concat(chunks);
        resolve(new Response(payload, { status, headers }));
      });
    });
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}
