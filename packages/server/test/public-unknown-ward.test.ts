// The citizens' pages' API answers an unknown ward code in words a citizen understands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('an unknown ward code on the public routes', () => {
  it('answers 404 "Không tìm thấy phường/xã" for the public results and the feedback form', async () => {
    for (const path of [
      '/api/v1/public/khong-co-phuong/results?month=2026-03',
      '/api/v1/public/khong-co-phuong/feedback/info',
    ]) {
      const res = await t.client().get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.error.message.toLowerCase(), path).toContain('không tìm thấy phường/xã');
    }
  });
});
