import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/seed/demo-accounts.js';
import { freshPage, startBrowserApp } from '../support/browser.js';
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

const newTab = () => freshPage(context);

// The labels the UI must show are the Vietnamese locale's own.
const ROLE_LABELS: Record<string, string> = vi.roles;

describe('login in the browser', () => {
  it('shows the Vietnamese login page and refuses a wrong password with a Vietnamese message', async () => {
    const page = await newTab();
    await page.goto(t.url);
    await expect.poll(() => page.url()).toMatch(/\/login$/);
    expect(await page.locator('h3').first().textContent()).toBe('Đăng nhập hệ thống');
    await page.getByLabel('Tên đăng nhập').fill('haiduong.vhxh');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: /Đăng nhập/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    await page.close();
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a.roles[0] ?? '']))(
    '%s logs in and sees the home of role %s',
    async (username, role) => {
      const page = await newTab();
      await page.goto(`${t.url}/login`);
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: /Đăng nhập/ }).click();
      await page.getByTestId('home-greeting').waitFor();
      expect(await page.getByTestId(`role-${role}`).textContent()).toBe(ROLE_LABELS[role]);
      // Ward pages for ward roles (the one-stop officer writes no PAR report); the city's own page for the city.
      const wardMenu = ['Kế hoạch', 'Nhiệm vụ', 'Báo cáo', 'Hồ sơ một cửa', 'Phản ánh kiến nghị', 'Thống kê'];
      const shown =
        role === 'city_admin'
          ? ['Thành phố']
          : wardMenu.filter((nav) => role !== 'one_stop_officer' || nav !== 'Báo cáo');
      for (const nav of [...wardMenu, 'Thành phố']) {
        expect(await page.getByRole('menuitem', { name: nav }).count(), nav).toBe(shown.includes(nav) ? 1 : 0);
      }
      await page.close();
    },
  );

  it('switches to English and back, and logs out', async () => {
    const page = await newTab();
    await page.goto(`${t.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('haiduong.chutich');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /Đăng nhập/ }).click();
    await page.getByTestId('home-greeting').waitFor();
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByTestId('home-greeting').textContent()).toMatch(/^Hello, /);
    expect(await page.getByRole('menuitem', { name: 'Tasks' }).count()).toBe(1);
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await expect.poll(() => page.getByTestId('home-greeting').textContent()).toMatch(/^Xin chào, /);
    await page.getByTestId('user-menu').hover();
    await page.getByText('Đăng xuất').click();
    await expect.poll(() => page.url()).toMatch(/\/login$/);
    await page.close();
  });
});
