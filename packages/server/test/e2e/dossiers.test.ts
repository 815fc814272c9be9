import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { loggedInPage, startBrowserApp } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

// The counter takes a dossier in and starts it; the citizen looks it up logged out, with no personal data shown.
let t: TestApp;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  ({ t, context, close: closeApp } = await startBrowserApp({ now: new Date('2026-03-16T02:00:00Z') }));
});
afterAll(async () => {
  await closeApp?.();
});

const loggedIn = (username: string) => loggedInPage(context, t.url, username);

describe('one-stop dossiers in the browser', () => {
  it('takes a dossier in at the counter and starts it; the citizen looks it up logged out, without any personal data', async () => {
    let code = '';
    // The counter takes the dossier in and starts processing it.
    {
      const page = await loggedIn('haiduong.motcua');
      await page.getByRole('menuitem', { name: vi.nav.dossiers }).click();
      await page.getByRole('button', { name: vi.dossiers.intake.title }).click();
      await page.getByLabel(vi.dossiers.intake.procedure).click();
      await page.getByText('1.000894 · Đăng ký kết hôn').click();
      await page.getByLabel(vi.dossiers.intake.name).fill('Nguyễn Thị Hoa');
      await page.getByLabel(vi.dossiers.intake.phone).fill('0912 000 321');
      await page.getByLabel(vi.dossiers.intake.address).fill('Số 1 phố Quang Trung');
      await page.getByRole('button', { name: vi.dossiers.intake.submit }).click();
      await page.getByTestId('dossier-status').getByText(vi.dossiers.statuses[2]).waitFor();
      code = (await page.getByRole('heading', { level: 3 }).textContent()) ?? '';
      expect(code).toMatch(/^H15\.50\.05\.13-260316-\d{4}$/);
      await page.getByTestId('action-start').click();
      await page.getByRole('dialog').getByRole('button', { name: vi.dossiers.actions.start }).click();
      await page.getByTestId('dossier-status').getByText(vi.dossiers.statuses[4]).waitFor();
    }
    // The citizen looks it up logged out (it needs the code just given).
    {
      await context.clearCookies();
      const page = await context.newPage();
      await page.goto(`${t.url}/tra-cuu`);
      await page.getByLabel(vi.publicLookup.code).fill(code);
      await page.getByLabel(vi.publicLookup.phone).fill('0321');
      await page.getByRole('button', { name: vi.publicLookup.search }).click();
      await page.getByTestId('lookup-result').getByText(vi.dossiers.statuses[4]).first().waitFor();
      const text = (await page.textContent('body')) ?? '';
      expect(text).toContain('Đăng ký kết hôn');
      for (const secret of ['Nguyễn Thị Hoa', '0912', 'Quang Trung']) expect(text).not.toContain(secret);
      await page.getByLabel(vi.publicLookup.phone).fill('9999');
      await page.getByRole('button', { name: vi.publicLookup.search }).click();
      await page.getByText('Không tìm thấy hồ sơ').waitFor();
    }
  }, 180_000);

  it('shows the monthly public results logged out', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto(`${t.url}/cong-khai/hai-duong?thang=2026-03`);
    await page.getByText(vi.indicators.public.title).waitFor();
    await page.getByText('Hồ sơ được giải quyết trước hạn, đúng hạn').waitFor();
  });
});
