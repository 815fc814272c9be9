import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeBody, procedureId } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.loginAs('haiduong.admin');
});
afterAll(() => t.close());

const NUL = String.fromCharCode(0);

async function raw(method: string, path: string, body: string | undefined, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}${path}`, { method, body, headers });
  return {
    status: res.status,
    body: (await res.json()) as {
      error?: { code: string; fields?: object; fieldReasons?: Record<string, { code: string }>; requestId?: string };
    },
  };
}

describe('hostile input answers 400 in the error shape, never 500', () => {
  it('refuses NUL and a lone surrogate on the public lookup, without login', async () => {
    for (const code of [`HD${NUL}1`, 'HD\ud800']) {
      const res = await raw('POST', '/api/v1/public/dossiers/lookup', JSON.stringify({ code, phone: '0912345678' }), {
        'content-type': 'application/json',
      });
      expect(res.status).toBe(400);
      expect(res.body.error?.code).toBe('validation_failed');
      expect(res.body.error?.fieldReasons?.code?.code).toBe(code.includes(NUL) ? 'nul' : 'surrogate');
    }
  });

  it('refuses NUL in a query string and a path parameter', async () => {
    const query = await admin.get('/api/v1/procedures?q=a%00b');
    expect(query.status).toBe(400);
    expect(query.body.error.fields).toHaveProperty('q');
    const param = await admin.get('/api/v1/units/a%00b');
    expect(param.status).toBe(400);
  });

  it('refuses an empty PATCH body with a field-level message', async () => {
    const units = await admin.get('/api/v1/units');
    const res = await admin.patch(`/api/v1/units/${units.body[0].id}`, {});
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });

  it('answers an over-long path parameter and a bad %-escape in the documented shape', async () => {
    const long = await raw('GET', `/api/v1/units/${'x'.repeat(5000)}`, undefined);
    expect([400, 404]).toContain(long.status);
    expect(long.body.error?.requestId).toBeDefined();
    const bad = await raw('GET', '/api/v1/units/%E0%A4%A', undefined);
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe('validation_failed');
  });

  it('refuses multipart without a boundary on the dossier import', async () => {
    const me = await admin.get('/api/v1/auth/me');
    const session = admin as unknown as { cookie: string };
    const res = await raw('POST', '/api/v1/dossiers/imports', 'x', {
      'content-type': 'multipart/form-data',
      cookie: session.cookie,
      'x-csrf-token': me.body.csrfToken,
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('validation_failed');
  });

  it('accepts only http(s) links for a dossier result file', async () => {
    const desk = await t.loginAs('haiduong.canbo');
    const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')));
    expect(created.status).toBe(201);
    const res = await desk.patch(`/api/v1/dossiers/${created.body.id}`, { resultFileUrl: 'javascript:alert(1)' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('resultFileUrl');
  });
});
