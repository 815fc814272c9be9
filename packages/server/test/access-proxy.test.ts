import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { startTestApp, type TestApp, TestClient } from './support/test-app.js';

// The proxy is 127.0.0.1; a client reaching the server directly is 127.0.0.2.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_PROXY: '127.0.0.1' } });
});
afterAll(() => t?.close());

async function failedFrom(client: TestClient, username: string, headers: Record<string, string>) {
  await client.post('/api/v1/auth/login', { username, password: 'sai' }, headers);
  const rows = await t.db.selectFrom('login_failures').select('ip').where('username', '=', username).execute();
  return rows.map((r) => r.ip);
}

describe('behind a proxy', () => {
  it('takes the address the trusted proxy saw, not the left-most one a client wrote', async () => {
    const via = TestClient.from(t.url, '127.0.0.1');
    const ips = await failedFrom(via, 'proxy.a', { 'x-forwarded-for': '6.6.6.6, 198.51.100.20' });
    expect(ips).toEqual(['198.51.100.20']);
  });

  it('ignores X-Forwarded-For from an address that is not a configured proxy', async () => {
    const direct = TestClient.from(t.url, '127.0.0.2');
    expect(await failedFrom(direct, 'proxy.b', { 'x-forwarded-for': '198.51.100.21' })).toEqual(['127.0.0.2']);
  });

  it("sets the Secure cookie on a trusted proxy's X-Forwarded-Proto: https only", async () => {
    const body = { username: 'haiduong.vhxh', password: DEMO_PASSWORD };
    const proxied = await TestClient.from(t.url, '127.0.0.1').post('/api/v1/auth/login', body, {
      'x-forwarded-proto': 'https',
    });
    expect(proxied.headers.get('set-cookie')).toMatch(/; Secure/);
    const forged = await TestClient.from(t.url, '127.0.0.2').post('/api/v1/auth/login', body, {
      'x-forwarded-proto': 'https',
    });
    expect(forged.status).toBe(204);
    expect(forged.headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('reads TRUST_PROXY as addresses, CIDRs or a hop count, and refuses "true"', () => {
    const base = { NODE_ENV: 'test' as const };
    expect(loadConfig({ ...base, TRUST_PROXY: '10.0.0.5, 10.1.0.0/16' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
    ]);
    expect(loadConfig({ ...base, TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ ...base }).trustProxy).toBe(false);
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'nginx.local' })).toThrow(/nginx.local/);
  });
});

describe('a hop count', () => {
  it('trusts that many proxies from the socket inwards', async () => {
    const hops = await startTestApp({ env: { TRUST_PROXY: '1' } });
    try {
      const c = TestClient.from(hops.url, '127.0.0.2');
      await c.post(
        '/api/v1/auth/login',
        { username: 'hop.a', password: 'sai' },
        { 'x-forwarded-for': '6.6.6.6, 192.0.2.9' },
      );
      const rows = await hops.db.selectFrom('login_failures').select('ip').where('username', '=', 'hop.a').execute();
      expect(rows.map((r) => r.ip)).toEqual(['192.0.2.9']);
    } finally {
      await hops.close();
    }
  });
});
