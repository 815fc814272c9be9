// What a citizen's phone downloads to open a citizens' page, measured in Chromium against the running app: the
// page's scripts, compressed, within the budget, and none of the officers' app (the citizens' pages are an app of
// their own; packages/web/citizen.html, packages/web/citizen-chunks.ts).
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp } from '../support/browser.js';
import { jsTransfer } from '../support/js-transfer.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  ({ t, context, close: closeApp } = await startBrowserApp({ now: new Date('2026-03-20T02:00:00Z') }));
});
afterAll(async () => {
  await closeApp?.();
});

// The budget: a citizen's page loads at most 200 kB of script. The citizens' pages are their own small app
// (citizen.html: React, the router, react-query, the texts; no Ant Design) at ~125 kB, where they were 270-340 kB
// inside the officers' app.
const BUDGET = 200 * 1024;
// The bundler's runtime, the citizens' entry (`citizen-<hash>`) and the chunks named for their pages; the officers'
// entry (index-…) and every other chunk are the officers' pages or what only they use.
const CITIZEN_FILE = /^(rolldown-runtime|citizen(-[a-z_]+)?)-[\w-]{8}\.js$/;

describe("a citizen's page in Chromium", () => {
  it('downloads its scripts compressed within the budget and no officer chunk', async () => {
    for (const path of [
      '/tra-cuu',
      '/gop-y/hai-duong',
      '/cong-khai/hai-duong?thang=2026-03',
      '/cong-thong-tin/hai-duong',
    ]) {
      await context.clearCookies();
      const sent = await jsTransfer(context, `${t.url}${path}`, 'public-title');
      expect(
        sent.files.filter((file) => !CITIZEN_FILE.test(file)),
        path,
      ).toEqual([]);
      expect(sent.bytes, `${path}: ${sent.files.join(', ')}`).toBeLessThanOrEqual(BUDGET);
    }
  });
});
