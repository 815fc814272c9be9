import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { freshPage, loggedInPage, startBrowserApp } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  ({ t, context, close: closeApp } = await startBrowserApp());
});
afterAll(async () => {
  await closeApp?.();
});

const texts = vi.account;

describe('account lifecycle in the browser', () => {
  it('an admin reset gives a temporary password that the user must change before reaching any page', async () => {
    const admin = await loggedInPage(context, t.url, 'haiduong.admin');
    await admin.getByRole('menuitem', { name: vi.nav.admin }).click();
    const row = admin.getByRole('row', { name: /haiduong\.canbo/ });
    await row.getByRole('button', { name: vi.admin.resetPassword }).click();
    await admin.getByRole('button', { name: texts.yes, exact: true }).click();
    const temporary = (await admin.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(temporary).toMatch(/^[A-Za-z0-9]{12}$/);
    await admin.close();

    // The temporary password logs in, but only to the change form: any other address comes back to it.
    const page = await freshPage(context);
    await page.goto(`${t.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('haiduong.canbo');
    await page.getByLabel('Mật khẩu').fill(temporary);
    await page.getByRole('button', { name: /Đăng nhập/ }).click();
    await page.getByRole('alert').filter({ hasText: 'mật khẩu tạm thời' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tai-khoan');
    await page.goto(`${t.url}/ho-so`);
    await page.getByLabel(texts.currentPassword).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tai-khoan');
    expect(await page.getByTestId('home-greeting').count()).toBe(0);

    // A wrong current password: the server's Vietnamese message, next to its field.
    await page.getByLabel(texts.currentPassword).fill('khong-dung-mat-khau');
    await page.getByLabel(texts.newPassword, { exact: true }).fill('mat-khau-moi-that-dai');
    await page.getByLabel(texts.confirmPassword).fill('mat-khau-moi-that-dai');
    await page.getByRole('button', { name: texts.submit }).click();
    await page.getByText('Mật khẩu hiện tại không đúng.').waitFor();

    await page.getByLabel(texts.currentPassword).fill(temporary);
    await page.getByRole('button', { name: texts.submit }).click();
    await page.getByTestId('home-greeting').waitFor();
    const user = await t.db
      .selectFrom('users')
      .select('must_change_password')
      .where('username', '=', 'haiduong.canbo')
      .executeTakeFirstOrThrow();
    expect(user.must_change_password).toBe(false);

    // The account page, from the user menu, lists this session as the current one.
    await page.getByTestId('user-menu').hover();
    await page.getByRole('menuitem', { name: texts.title }).click();
    await page.getByText(texts.current).waitFor();
    await page.close();

    // The new password works from a fresh browser and goes straight home.
    const again = await loggedInPage(context, t.url, 'haiduong.canbo', 'mat-khau-moi-that-dai');
    await again.close();
  });

  it('ends another of one’s own sessions from the account page', async () => {
    // A second session of the same account, as from another computer.
    await t.loginAs('haiduong.chutich');
    const page = await loggedInPage(context, t.url, 'haiduong.chutich');
    await page.goto(`${t.url}/tai-khoan`);
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: texts.endSession }) });
    // The list is read once the page has loaded (expect.poll gives up after a second: too short on a busy machine).
    await row.first().waitFor();
    const before = await row.count();
    await row.first().getByRole('button', { name: texts.endSession }).click();
    await page.getByRole('button', { name: texts.yes, exact: true }).click();
    await page.getByText(texts.sessionEnded).waitFor();
    await expect.poll(() => row.count()).toBe(before - 1);
  });

  it('locks an account from the users tab', async () => {
    const admin = await loggedInPage(context, t.url, 'haiduong.admin');
    await admin.getByRole('menuitem', { name: vi.nav.admin }).click();
    const row = admin.getByRole('row', { name: /haiduong\.mattran/ });
    await row.getByRole('button', { name: vi.admin.lock }).click();
    await admin.getByRole('button', { name: texts.yes, exact: true }).click();
    await row.getByText(vi.admin.locked).waitFor();
    const user = await t.db
      .selectFrom('users')
      .select('active')
      .where('username', '=', 'haiduong.mattran')
      .executeTakeFirstOrThrow();
    expect(user.active).toBe(false);
    await admin.close();
  });
});
