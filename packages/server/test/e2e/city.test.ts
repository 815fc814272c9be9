import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityVi } from '../../../web/src/features/city/locale.js';
import { portalVi } from '../../../web/src/features/portal/locale.js';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { freshPage, loggedInPage, startBrowserApp } from '../support/browser.js';
import { vn } from '../support/dossier-fixtures.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  ({ t, context, close: closeApp } = await startBrowserApp({ now: vn('2026-03-20 09:00'), seedPlan: true }));
}, 120_000);
afterAll(async () => {
  await closeApp?.();
});

describe('the city view in the browser', () => {
  it("gives the city admin the city's menu, a table per block and a ward's read-only page", async () => {
    const page = await loggedInPage(context, t.url, 'thanhpho.admin');
    // Ward pages are not in the city admin's menu any more: they led to error pages.
    expect(await page.getByRole('menuitem', { name: vi.nav.plan }).count()).toBe(0);
    await page.getByRole('menuitem', { name: vi.nav.city }).click();
    await page.getByRole('heading', { name: cityVi.title }).waitFor();
    const block = page.getByTestId('city-block-ward');
    await block.getByRole('link', { name: 'Phường Hải Dương' }).click();
    await page.getByTestId('city-ward-title').getByText('Phường Hải Dương').waitFor();
    await page.getByText(cityVi.readOnly).waitFor();
    expect(await page.locator('svg[role="img"]').count()).toBe(5);
    await page.close();
  });
});

describe("a ward's public portal on a phone", () => {
  it('fits a 375 px screen, with the scorecard, the plan and the A3 notice', async () => {
    const page = await freshPage(context);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${t.url}/cong-thong-tin/hai-duong`);
    await page.getByTestId('portal-scorecard').waitFor();
    await page.getByText(portalVi.plan).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.getByRole('link', { name: portalVi.printA3 }).click();
    await page.getByTestId('a3-total').waitFor();
    await page.goto(`${t.url}/cong-thong-tin`);
    await page.getByRole('link', { name: 'Phường Hải Dương' }).waitFor();
    await page.close();
  });
});
