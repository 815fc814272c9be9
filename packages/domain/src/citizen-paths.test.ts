import { describe, expect, it } from 'vitest';
import { isCitizenPath } from './citizen-paths.js';

describe('isCitizenPath', () => {
  it("names the citizens' pages, with or without a query", () => {
    for (const url of [
      '/tra-cuu',
      '/gop-y/hai-duong',
      '/cong-khai/hai-duong?thang=2026-03',
      '/cong-thong-tin',
      '/cong-thong-tin/hai-duong',
      '/cong-thong-tin/hai-duong/in-a3',
    ])
      expect(isCitizenPath(url), url).toBe(true);
  });
  it("leaves the officers' pages to the officers' app", () => {
    for (const url of ['/', '/login', '/phan-anh', '/gop-y', '/cong-khai', '/tra-cuu-x', '/ho-so/tra-cuu'])
      expect(isCitizenPath(url), url).toBe(false);
  });
});
