import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { loggedInPage, startBrowserApp } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  ({ t, context, close: closeApp } = await startBrowserApp({ now: new Date('2026-02-16T02:00:00Z') }));
});
afterAll(async () => {
  await closeApp?.();
});

describe('the calendar page', () => {
  it('marks the server’s today and the Tết days off of 2026', async () => {
    const page = await loggedInPage(context, t.url, 'haiduong.vhxh');
    await page.getByRole('menuitem', { name: vi.nav.calendar }).click();
    await page.getByTestId('day-2026-02-16').waitFor();
    expect(await page.getByTestId('day-2026-02-16').getAttribute('data-today')).toBe('true');
    expect(await page.locator('[data-today]').count()).toBe(1);
    for (const day of ['2026-02-14', '2026-02-17', '2026-02-22']) {
      expect(await page.getByTestId(`day-${day}`).getAttribute('data-kind')).toBe('day_off');
    }
    expect(await page.getByTestId('day-2026-01-10').getAttribute('data-kind')).toBe('working_day');
    await page.close();
  });
});
