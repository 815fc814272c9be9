import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirePolicyOnEveryRoute } from '../src/http/policy.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('route policies', () => {
  it('stops the server from building when an API route declares no policy', async () => {
    const app = Fastify();
    requirePolicyOnEveryRoute(app);
    expect(() => app.get('/api/v1/oops', async () => 'x')).toThrow(/declares no policy/);
  });

  it('has a policy for every documented API route, and only a few public ones', () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths).flatMap(([url, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${url.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const withPolicy = new Set(t.app.apiRoutes.map((r) => `${r.method} ${r.url}`));
    expect(documented.filter((d) => !withPolicy.has(d))).toEqual([]);
    const publicRoutes = t.app.apiRoutes
      .filter(
        (r) => 'public' in r.policy && r.method !== 'HEAD' && r.url.startsWith('/api/v1') && !r.url.includes('openapi'),
      )
      .map((r) => `${r.method} ${r.url}`);
    // Besides health and login, only the citizens' feedback pages, which need no account.
    const feedbackPages = publicRoutes.filter((r) => r.includes('/api/v1/public/:tenantCode/feedback'));
    // …and the public dossier pages: lookup by code and phone digits, rating, the monthly 766 results.
    const dossierPages = publicRoutes.filter((r) => r.includes('/public/dossiers/') || r.endsWith('/results'));
    expect(dossierPages.sort()).toEqual([
      'GET /api/v1/public/:tenantCode/results',
      'POST /api/v1/public/dossiers/lookup',
      'POST /api/v1/public/dossiers/rating',
    ]);
    // …and the city's public pages: each ward's portal and open data, the list of wards.
    const portalPages = publicRoutes.filter((r) => /\/(portal|open-data\.\w+|public\/wards)$/.test(r));
    expect(portalPages.sort()).toEqual([
      'GET /api/v1/public/:tenantCode/open-data.csv',
      'GET /api/v1/public/:tenantCode/open-data.json',
      'GET /api/v1/public/:tenantCode/portal',
      'GET /api/v1/public/wards',
    ]);
    const others = publicRoutes.filter(
      (r) => !feedbackPages.includes(r) && !dossierPages.includes(r) && !portalPages.includes(r),
    );
    // The province's single sign-on: whether it is on, the way out to the provider, the way back.
    expect(others.sort()).toEqual([
      'GET /api/v1/auth/oidc',
      'GET /api/v1/auth/oidc/callback',
      'GET /api/v1/auth/oidc/start',
      'GET /api/v1/health',
      'POST /api/v1/auth/login',
    ]);
    expect(feedbackPages.sort()).toEqual([
      'GET /api/v1/public/:tenantCode/feedback/info',
      'GET /api/v1/public/:tenantCode/feedback/published',
      'GET /api/v1/public/:tenantCode/feedback/published/:id',
      'GET /api/v1/public/:tenantCode/feedback/track/:code',
      'POST /api/v1/public/:tenantCode/feedback',
      'POST /api/v1/public/:tenantCode/feedback/published/:id/reaction',
      'POST /api/v1/public/:tenantCode/feedback/track/:code/info',
    ]);
  });
});
