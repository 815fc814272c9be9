// In Chromium at 360 and 414 px, the citizens' pages never scroll sideways, keep a readable title,
// say an unknown ward plainly, write months and rates the Vietnamese way, and the lookup says a dossier was rated.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { startBrowserApp } from '../support/browser.js';
import { act, at, intakeBody, procedureId } from '../support/dossier-fixtures.js';
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

const WIDTHS = [360, 414];

async function phonePage(width: number, path: string): Promise<Page> {
  await context.clearCookies();
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${t.url}${path}`);
  return page;
}

/** The month the results page's month picker shows (its chosen option). */
const monthShown = (page: Page) => page.getByTestId('public-month').locator('option:checked').textContent();

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe("citizens' pages on a phone", () => {
  it('fit 360 and 414 px without scrolling sideways: lookup, feedback, public results', async () => {
    for (const width of WIDTHS) {
      for (const path of ['/tra-cuu', '/gop-y/hai-duong', '/cong-khai/hai-duong?thang=2026-03']) {
        const page = await phonePage(width, path);
        await page.getByTestId('public-title').waitFor();
        await page.waitForLoadState('networkidle');
        expect(await scrollsSideways(page), `${path} at ${width}px`).toBe(false);
        const box = await page.getByTestId('public-title').boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= width, `${path} title inside the screen`).toBe(true);
        await page.close();
      }
    }
  });

  it('write the month "Tháng 3/2026" and say an unknown ward code plainly', async () => {
    const page = await phonePage(360, '/cong-khai/hai-duong?thang=2026-03');
    await page.getByTestId('public-title').waitFor();
    expect(await monthShown(page)).toBe('Tháng 3/2026');
    await page.close();
    for (const path of ['/cong-khai/khong-co-phuong', '/gop-y/khong-co-phuong']) {
      const unknown = await phonePage(360, path);
      await unknown.getByText('Không tìm thấy phường/xã').waitFor();
      expect(await scrollsSideways(unknown)).toBe(false);
      await unknown.close();
    }
  });

  it('counter intake → supplement → result → the citizen looks it up and rates it on a phone; the lookup says so', async () => {
    at(t, '2026-03-20 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.009994')));
    const id = created.body.id;
    for (const [action, body] of [
      ['start', {}],
      ['request-supplement', { items: ['Bản vẽ mặt đứng'], reason: 'Thiếu bản vẽ' }],
      ['receive-supplement', {}],
      ['finish', {}],
      ['return-result', {}],
    ] as const) {
      expect((await act(desk, id, action, body)).status, action).toBe(200);
    }
    const page = await phonePage(360, '/tra-cuu');
    await page.getByLabel(vi.publicLookup.code).fill(created.body.code);
    await page.getByLabel(vi.publicLookup.phone).fill('5678');
    await page.getByRole('button', { name: vi.publicLookup.search }).click();
    await page.getByTestId('lookup-result').getByText(vi.dossiers.statuses[10]).first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: vi.publicLookup.rate.submit }).click();
    await page.getByText(vi.publicLookup.rate.thanks).waitFor();
    await page.getByTestId('lookup-rated').waitFor();
    expect(await page.getByTestId('lookup-rated').textContent()).toContain('đã được đánh giá');
    // A later lookup says it too, and offers no second rating.
    await page.reload();
    await page.getByLabel(vi.publicLookup.code).fill(created.body.code);
    await page.getByLabel(vi.publicLookup.phone).fill('5678');
    await page.getByRole('button', { name: vi.publicLookup.search }).click();
    await page.getByTestId('lookup-rated').waitFor();
    expect(await page.getByRole('button', { name: vi.publicLookup.rate.submit }).count()).toBe(0);
    expect(await scrollsSideways(page)).toBe(false);

    // The month's public results now count that dossier: every rate reads the Vietnamese way ("100,00 %", comma
    // decimals, two places, a space before %), never "100.00%".
    const results = await phonePage(414, '/cong-khai/hai-duong?thang=2026-03');
    await results.getByTestId('public-title').waitFor();
    expect(await monthShown(results)).toBe('Tháng 3/2026');
    await results.getByTestId('indicator-rate').first().waitFor();
    const rates = (await results.getByTestId('indicator-rate').allTextContents()).filter((x) => x.includes('%'));
    expect(rates.length).toBeGreaterThan(0);
    for (const rate of rates) expect(rate).toMatch(/^\d{1,3}(\.\d{3})*,\d{2} %$/);
    expect(await scrollsSideways(results)).toBe(false);
  });
});
