import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('system endpoints', () => {
  it('reports the database reachable and every migration applied', async () => {
    const res = await t.client().get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database.reachable).toBe(true);
    expect(res.body.database.migrationsApplied).toBeGreaterThan(0);
    expect(res.body.database.migrationsPending).toEqual([]);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // The UI takes "today" from here, so a moved clock moves the browser's today too.
    const serverTime = Date.parse(res.headers.get('x-server-time') ?? '');
    expect(Math.abs(serverTime - t.clock.now().getTime())).toBeLessThan(5_000);
    expect(Math.abs(serverTime - Date.now())).toBeGreaterThan(86_400_000);
  });

  it('serves an OpenAPI 3 document listing the API routes, and a docs page', async () => {
    const res = await t.client().get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/auth/login', '/api/v1/units/{id}']),
    );
    const docs = await t.client().get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain('<html');
  });

  it('answers unknown API paths with the one error shape', async () => {
    const res = await t.client().get('/api/v1/khong-co');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect(res.body.error.message).toBe('Không tìm thấy dữ liệu.');
    expect(res.body.error.requestId).toBeTruthy();
  });
});
