import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { startOidcProvider, type TestProvider } from './support/oidc-provider.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Login through the province's OpenID Connect provider: a real provider (oidc-provider) on its own port, the full
// authorization-code flow with PKCE over HTTP, its login and consent forms filled in as a browser would.
let t: TestApp;
let issuer: string;
let provider: TestProvider;

// The provider's users: `sub` → e-mail. Only canbo's e-mail is an account's in cchc.
const PEOPLE: Record<string, string> = {
  canbo: 'canbo@haiduong.gov.vn',
  nguoila: 'nguoila@example.vn',
  khoa: 'khoa@haiduong.gov.vn',
};

/** A browser's cookie jar, enough for two servers on one host. */
class Browser {
  cookies = new Map<string, string>();

  async get(url: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: this.header() },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = c.split(';');
      const [name = '', value = ''] = pair.split('=');
      const gone = attrs.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim())) || value === '';
      if (gone) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return res;
  }

  header = () => [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  /** Follows redirects and fills in the provider's forms as `login`, until the browser is back at cchc. */
  async logInAt(start: string, login: string, stopAtCallback = false): Promise<string> {
    let url = start;
    for (let step = 0; step < 20; step++) {
      if (stopAtCallback && url.startsWith(`${t.url}/api/v1/auth/oidc/callback`)) return url;
      const res = await this.get(url);
      const location = res.headers.get('location');
      if (location) {
        url = new URL(location, url).href;
        if (url.startsWith(t.url) && !url.includes('/api/v1/auth/oidc/')) return url.slice(t.url.length);
        continue;
      }
      const html = await res.text();
      const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
      if (!action) throw new Error(`no form at ${url}: ${res.status}`);
      const body = new URLSearchParams();
      for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
        body.set(m[1] ?? '', m[2] ?? '');
      if (html.includes('name="login"')) body.set('login', login);
      if (html.includes('name="password"')) body.set('password', 'bat-ky');
      const posted = await this.get(new URL(action, url).href, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      url = new URL(posted.headers.get('location') ?? url, url).href;
    }
    throw new Error('the login never came back');
  }

  me = async () => {
    const res = await this.get(`${t.url}/api/v1/auth/me`);
    return { status: res.status, body: res.status === 200 ? await res.json() : null };
  };
}

beforeAll(async () => {
  t = await startTestApp();
  const redirect = `${t.url}/api/v1/auth/oidc/callback`;
  provider = await startOidcProvider(redirect, PEOPLE);
  issuer = provider.issuer;
  // The app's port is known only once it listens: its OIDC settings are loaded now, from the same variables.
  t.deps.config.oidc = loadConfig({
    NODE_ENV: 'test',
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: 'cchc',
    OIDC_CLIENT_SECRET: 'bi-mat-cua-cchc',
    OIDC_REDIRECT_URL: redirect,
  }).oidc;
  const users = t.db.updateTable('users');
  await users.set({ email: 'CanBo@haiduong.gov.vn' }).where('username', '=', 'haiduong.canbo').execute();
  await users
    .set({ email: PEOPLE.khoa ?? '', active: false })
    .where('username', '=', 'haiduong.mattran')
    .execute();
});
afterAll(async () => {
  await provider?.close();
  await t?.close();
});

describe('login through the province’s OpenID Connect provider', () => {
  it('logs in the existing account the provider’s e-mail names, with PKCE (S256)', async () => {
    const browser = new Browser();
    const start = await browser.get(`${t.url}/api/v1/auth/oidc/start`);
    expect(start.status).toBe(302);
    const to = new URL(start.headers.get('location') ?? '');
    expect(to.origin).toBe(issuer);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(await browser.logInAt(to.href, 'canbo')).toBe('/');
    const me = await browser.me();
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('haiduong.canbo');
    expect(me.body.user.roles).toEqual(['officer']);
    const audit = await t.db
      .selectFrom('audit_events')
      .select('after')
      .where('action', '=', 'auth.oidc_login')
      .executeTakeFirstOrThrow();
    expect(audit.after).toEqual({ issuer: `${issuer}/`, claim: 'email' });
  });

  it('creates no account for a provider user cchc does not know, nor logs in a deactivated one', async () => {
    const before = (await t.db.selectFrom('users').select('id').execute()).length;
    for (const who of ['nguoila', 'khoa']) {
      const browser = new Browser();
      expect(await browser.logInAt(`${t.url}/api/v1/auth/oidc/start`, who)).toBe('/login?oidc=unknown');
      expect((await browser.me()).status).toBe(401);
    }
    expect((await t.db.selectFrom('users').select('id').execute()).length).toBe(before);
  });

  it('refuses a callback whose state is not the one this browser started (login CSRF)', async () => {
    const victim = new Browser();
    await victim.get(`${t.url}/api/v1/auth/oidc/start`);
    // The attacker's own login, stopped at the callback and handed to the victim.
    const url = await new Browser().logInAt(`${t.url}/api/v1/auth/oidc/start`, 'canbo', true);
    expect(url).toContain('/api/v1/auth/oidc/callback?code=');
    const res = await victim.get(url);
    expect(res.headers.get('location')).toBe('/login?oidc=failed');
    expect((await victim.me()).status).toBe(401);
    expect((await new Browser().get(`${t.url}/api/v1/auth/oidc/callback?code=x&state=y`)).headers.get('location')).toBe(
      '/login?oidc=failed',
    );
  });

  it('tells the login page whether to show the button; without settings the routes are not there', async () => {
    expect((await t.client().get('/api/v1/auth/oidc')).body).toEqual({ enabled: true });
    const plain = await startTestApp();
    try {
      expect((await plain.client().get('/api/v1/auth/oidc')).body).toEqual({ enabled: false });
      expect((await plain.client().get('/api/v1/auth/oidc/start')).status).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('reads its settings from the environment: all three or none, HTTPS away from this machine', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig({ NODE_ENV: 'test', ...env });
        return [];
      } catch (e) {
        return e instanceof ConfigError ? e.problems : [String(e)];
      }
    };
    expect(problems({ OIDC_ISSUER: 'https://sso.haiphong.gov.vn' })[0]).toContain('OIDC_REDIRECT_URL');
    expect(
      problems({
        OIDC_ISSUER: 'http://sso.haiphong.gov.vn',
        OIDC_CLIENT_ID: 'cchc',
        OIDC_REDIRECT_URL: 'https://cchc.haiphong.gov.vn/api/v1/auth/oidc/callback',
      }),
    ).toEqual(['OIDC_ISSUER: phải dùng https:// (must be https, except on localhost)']);
    expect(loadConfig({ NODE_ENV: 'test' }).oidc).toBeNull();
  });
});
