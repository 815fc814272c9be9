import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST } from '../src/http/static-web.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Needs the built web UI (`npm run build --workspace @cchc/web`), like the e2e suite.
const built = fs.existsSync(path.join(WEB_DIST, 'index.html'));
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ serveWeb: true });
});
afterAll(() => t.close());

describe('security headers on every response', () => {
  it('sends CSP with frame-ancestors, nosniff, X-Frame-Options and Referrer-Policy; HSTS only over TLS', async () => {
    for (const url of ['/api/v1/health', '/tra-cuu']) {
      const res = await fetch(`${t.url}${url}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'"); // Ant Design's runtime styles
      expect(csp).toContain("frame-ancestors 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('strict-transport-security')).toBeNull();
      await res.arrayBuffer(); // an unread body keeps its connection open and the server from closing
    }
    const tls = await fetch(`${t.url}/api/v1/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers.get('strict-transport-security')).toContain('max-age=31536000');
    await tls.arrayBuffer();
  });

  it('compresses a large API answer', async () => {
    const res = await fetch(`${t.url}/api/v1/openapi.json`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect((await res.json()).openapi).toMatch(/^3\./);
  });

  it('sends a cached public page compressed as each client accepts, the same JSON every way', async () => {
    const url = `${t.url}/api/v1/public/hai-duong/results?month=2026-02`;
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const json = await plain.json();
    expect(json.indicators.length).toBeGreaterThan(0);
    for (const [accepted, sent] of [
      ['br, gzip', 'br'],
      ['gzip, deflate', 'gzip'],
      ['gzip;q=1, br;q=0.5', 'gzip'],
      ['deflate', null],
    ] as const) {
      const res = await fetch(url, { headers: { 'accept-encoding': accepted } });
      expect(res.headers.get('content-encoding'), accepted).toBe(sent);
      expect(res.headers.get('vary')?.toLowerCase()).toContain('accept-encoding');
      expect(await res.json(), accepted).toEqual(json); // fetch inflates it
    }
  });
});

describe.skipIf(!built)('built assets', () => {
  it('serves hashed assets precompressed and cached immutably, the page itself revalidated', async () => {
    const page = await fetch(`${t.url}/tra-cuu`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    // The shell every page loads (the entry itself is a few hundred bytes, sent as it is).
    const script = html.match(/href="(\/assets\/citizen-shared-[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const entry = html.match(/src="(\/assets\/citizen-[^"]+\.js)"/)?.[1];
    expect(entry).toBeDefined();
    const small = await fetch(`${t.url}${entry}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.status).toBe(200);
    expect(small.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    await small.arrayBuffer();
    const asset = await fetch(`${t.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await asset.text()).length).toBeGreaterThan(1000); // fetch inflates it
    const gzip = await fetch(`${t.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    await gzip.arrayBuffer();
    for (const url of ['/', '/index.html', '/cong-khai/hai-duong']) {
      const again = await fetch(`${t.url}${url}`);
      expect(again.headers.get('cache-control'), url).toBe('no-cache');
      expect(await again.text(), url).toContain('/assets/citizen-shared-');
    }
  });
});
