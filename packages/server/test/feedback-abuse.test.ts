import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_RATE_LIMITS } from '../src/modules/feedback/public-routes.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PUBLIC = '/api/v1/public/hai-duong/feedback';
const body = { category: 'regulation', title: 'Góp ý quy định', text: 'Đề nghị sửa quy định về giờ tiếp dân.' };

describe('abuse limits of the public routes', () => {
  it('limits submissions per address, not for everyone', async () => {
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    for (let i = 0; i < PUBLIC_RATE_LIMITS.submit.max; i++) {
      expect((await t.client().post(PUBLIC, body, from('203.0.113.7'))).status).toBe(201);
    }
    const refused = await t.client().post(PUBLIC, body, from('203.0.113.7'));
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_requests');
    expect(refused.body.error.message).toMatch(/thử lại/);
    expect((await t.client().post(PUBLIC, body, from('203.0.113.8'))).status).toBe(201);
  });

  it('leaves the officers’ routes without the public limit', async () => {
    const desk = await t.loginAs('haiduong.motcua');
    for (let i = 0; i < PUBLIC_RATE_LIMITS.submit.max + 2; i++) {
      expect((await desk.get('/api/v1/feedback', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(200);
    }
  });

  it('refuses a body over the size limit before reading it all', async () => {
    const res = await t
      .client()
      .post(PUBLIC, { ...body, text: 'x'.repeat(1_100_000) }, { 'x-forwarded-for': '203.0.113.10' });
    expect(res.status).toBe(413);
  });

  it('refuses more than three attachments', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(body)) form.append(k, v);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    for (let i = 0; i < 4; i++) form.append('attachments', new Blob([png]), `anh-${i}.png`);
    const res = await fetch(`${t.url}${PUBLIC}`, {
      method: 'POST',
      body: form,
      headers: { 'x-forwarded-for': '203.0.113.11' },
    });
    expect(res.status).toBe(400);
    const count = await t.db
      .selectFrom('feedback')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(PUBLIC_RATE_LIMITS.submit.max + 1);
  });
});
