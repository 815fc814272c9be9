import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { loggedInPage, startBrowserApp } from '../support/browser.js';
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

const texts = vi.admin;

describe('ward administration in the browser', () => {
  it('is in the menu of the ward admin only', async () => {
    const officer = await loggedInPage(context, t.url, 'haiduong.canbo');
    expect(await officer.getByRole('menuitem', { name: vi.nav.admin }).count()).toBe(0);
    await officer.close();
  });

  it('creates an account, showing the server’s field message for a taken username, and the account logs in', async () => {
    const page = await loggedInPage(context, t.url, 'haiduong.admin');
    await page.getByRole('menuitem', { name: vi.nav.admin }).click();
    await page.getByLabel(texts.username).fill('haiduong.canbo');
    await page.getByLabel(texts.fullName).fill('Nguyễn Văn Mới');
    await page.getByLabel(texts.password).fill('mat-khau-dai-du');
    await page.getByLabel(texts.roles).click();
    await page.getByTitle(vi.roles.officer, { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: texts.newUser }).click();
    await page.getByText('Tên đăng nhập đã được sử dụng.').waitFor();
    expect(await t.db.selectFrom('users').select('id').where('full_name', '=', 'Nguyễn Văn Mới').execute()).toEqual([]);

    await page.getByLabel(texts.username).fill('haiduong.moi');
    await page.getByRole('button', { name: texts.newUser }).click();
    await page.getByText(texts.created.replace('{{username}}', 'haiduong.moi')).waitFor();
    await page.getByRole('cell', { name: 'haiduong.moi' }).waitFor();
    await page.close();
    const fresh = await loggedInPage(context, t.url, 'haiduong.moi', 'mat-khau-dai-du');
    expect(await fresh.getByTestId('role-officer').textContent()).toBe(vi.roles.officer);
    await fresh.close();
  });

  it('adds an alias to a unit', async () => {
    const page = await loggedInPage(context, t.url, 'haiduong.admin');
    await page.getByRole('menuitem', { name: vi.nav.admin }).click();
    await page.getByRole('tab', { name: texts.units }).click();
    const row = page.getByRole('row', { name: /Đài truyền thanh phường/ });
    await row.getByRole('button', { name: texts.edit }).click();
    await page.getByLabel(texts.aliases).fill('Đài TT');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: texts.save }).click();
    await page.getByText(texts.saved).waitFor();
    const unit = await t.db.selectFrom('units').select('aliases').where('code', '=', 'DTT').executeTakeFirstOrThrow();
    expect(unit.aliases).toContain('Đài TT');
    await page.close();
  });
});
