import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FuzzRequest, Generator, operationsOf, seeded } from './support/openapi-fuzz.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

// At least 5,000 requests in CI; CCHC_FUZZ_REQUESTS=50000 (and CCHC_FUZZ_SEED) for a longer run on demand.
const TOTAL = Number(process.env.CCHC_FUZZ_REQUESTS ?? 5_000);
const SEED = Number(process.env.CCHC_FUZZ_SEED ?? 20_261_201);
const PARALLEL = 4;
// Logging out would turn the rest of the run into 401s; it is tested on its own.
const SKIPPED = new Set(['POST /api/v1/auth/logout']);

let t: TestApp;
let admin: TestClient;
let officer: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.loginAs('haiduong.admin');
  officer = await t.loginAs('haiduong.canbo');
});
afterAll(() => t.close());

interface Finding {
  request: FuzzRequest;
  status: number;
  body: string;
}

/** Sends a generated request with a client's session and CSRF token, bypassing JSON encoding. */
async function send(client: TestClient | null, request: FuzzRequest): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = {};
  if (request.contentType) headers['content-type'] = request.contentType;
  const session = client as unknown as { cookie: string | null; csrf: string | null } | null;
  if (session?.cookie) headers.cookie = session.cookie;
  if (session?.csrf) headers['x-csrf-token'] = session.csrf;
  const res = await fetch(`${t.url}${request.url}`, { method: request.method, headers, body: request.body });
  return { status: res.status, body: await res.text() };
}

const isReason = (value: unknown) => {
  const reason = value as { code?: unknown; values?: unknown } | undefined;
  return typeof reason?.code === 'string' && reason.code !== '' && typeof reason.values === 'object';
};

/** The error shape, with a reason for the refusal and one for each field it names, so no caller reads a sentence. */
const inErrorShape = (text: string) => {
  try {
    const error = (JSON.parse(text) as { error?: Record<string, unknown> }).error;
    const fields = Object.keys((error?.fields as object | undefined) ?? {});
    const fieldReasons = (error?.fieldReasons as Record<string, unknown> | undefined) ?? {};
    return (
      typeof error?.code === 'string' &&
      typeof error.message === 'string' &&
      typeof error.requestId === 'string' &&
      isReason(error.reason) &&
      fields.every((field) => isReason(fieldReasons[field])) &&
      Object.keys(fieldReasons).length === fields.length
    );
  } catch {
    return false;
  }
};

describe('fuzzing every route of the OpenAPI document', () => {
  it(`answers ${TOTAL} generated requests without a 5xx, every 4xx in the error shape with its reasons`, async () => {
    const doc = await (await fetch(`${t.url}/api/v1/openapi.json`)).json();
    const ops = operationsOf(doc).filter((op) => !SKIPPED.has(`${op.method} ${op.path}`));
    expect(ops.length).toBeGreaterThan(50);
    const gen = new Generator(seeded(SEED));
    const serverErrors: Finding[] = [];
    const badShapes: Finding[] = [];
    const statuses = new Map<number, number>();
    for (let sent = 0; sent < TOTAL; sent += PARALLEL) {
      const batch = Array.from({ length: PARALLEL }, (_, i) => {
        const request = gen.request(ops[(sent + i) % ops.length] as (typeof ops)[number]);
        const who = gen.pick([admin, admin, officer, null]);
        return send(who, request).then((res) => ({ request, ...res }));
      });
      for (const r of await Promise.all(batch)) {
        if (r.status < 300 && /^[[{]/.test(r.body)) gen.learn(JSON.parse(r.body));
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.status >= 500) serverErrors.push(r);
        else if (r.status >= 400 && !inErrorShape(r.body)) badShapes.push(r);
      }
    }
    if (process.env.CCHC_FUZZ_REPORT) console.log(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])));
    const show = (list: Finding[]) => list.slice(0, 10).map((f) => ({ ...f, body: f.body.slice(0, 300) }));
    expect(show(serverErrors)).toEqual([]);
    expect(show(badShapes)).toEqual([]);
  }, 600_000);
});
