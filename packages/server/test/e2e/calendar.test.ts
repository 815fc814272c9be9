import type { BrowserContext, Page } from 'playwright-core';
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

  it('lets the city admin add a day off on a notice, refused without its number, and remove it on another', async () => {
    const A = vi.calendar.add;
    const page = await loggedInPage(context, t.url, 'thanhpho.admin');
    await page.getByRole('menuitem', { name: vi.nav.calendar }).click();
    // Monday 21/12/2026, an ordinary working day: its cell carries no kind.
    const monday = page.getByTestId('day-2026-12-21');
    expect(await monday.getAttribute('data-kind')).toBe('');

    const form = page.locator('.ant-card', { hasText: A.title });
    const date = form.getByLabel(A.date, { exact: true });
    await date.click();
    await date.fill('21/12/2026');
    await date.press('Enter');
    await form.getByLabel(A.reason, { exact: true }).fill('Nghỉ bù theo thông báo');
    await form.getByRole('button', { name: A.submit }).click();
    await expect.poll(() => explainOf(page, form, A.noticeNumber)).toBe(A.noticeNumberRequired);
    expect(await monday.getAttribute('data-kind')).toBe('');

    await form.getByLabel(A.noticeNumber, { exact: true }).fill('1234/TB-BNV');
    await form.getByRole('button', { name: A.submit }).click();
    await expect.poll(() => monday.getAttribute('data-kind')).toBe('day_off');

    await page
      .getByRole('row', { name: /21\/12\/2026/ })
      .getByRole('button', { name: vi.calendar.days.remove })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(A.noticeNumber, { exact: true }).fill('1300/TB-BNV');
    await dialog.getByRole('button', { name: vi.calendar.remove.submit }).click();
    await expect.poll(() => monday.getAttribute('data-kind')).toBe('');
    await page.close();
  });
});

/** The message under a form field, '' while there is none. */
async function explainOf(page: Page, scope: ReturnType<Page['locator']>, label: string): Promise<string> {
  const item = scope.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) });
  const explain = item.locator('.ant-form-item-explain');
  return (await explain.count()) === 0 ? '' : ((await explain.textContent()) ?? '');
}
