import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { loadConfig } from '../../src/config.js';
import { freshPage, startBrowserApp } from '../support/browser.js';
import { startOidcProvider, type TestProvider } from '../support/oidc-provider.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let provider: TestProvider;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  ({ t, context, close: closeApp } = await startBrowserApp());
  const redirect = `${t.url}/api/v1/auth/oidc/callback`;
  provider = await startOidcProvider(redirect, { canbo: 'canbo@haiduong.gov.vn' });
  await t.db
    .updateTable('users')
    .set({ email: 'canbo@haiduong.gov.vn' })
    .where('username', '=', 'haiduong.canbo')
    .execute();
});
afterAll(async () => {
  // The browser first: its keep-alive connections to the provider would hold the provider's close.
  await closeApp?.();
  await provider?.close();
});

describe('single sign-on in the browser', () => {
  it('shows no SSO button until the provider is configured', async () => {
    const page = await freshPage(context);
    await page.goto(`${t.url}/login`);
    await page.getByLabel(vi.auth.username).waitFor();
    expect(await page.getByRole('link', { name: vi.auth.oidc }).count()).toBe(0);
    await page.close();
  });

  it('logs in through the provider’s own pages and lands home; an unknown account is told why', async () => {
    // The app's port is known only once it listens: its OIDC settings are loaded now, from the same variables.
    // Put back at the end, so the test of the login page without a provider holds whichever runs first.
    const unconfigured = t.deps.config.oidc;
    onTestFinished(() => {
      t.deps.config.oidc = unconfigured;
    });
    t.deps.config.oidc = loadConfig({
      NODE_ENV: 'test',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'cchc',
      OIDC_CLIENT_SECRET: 'bi-mat-cua-cchc',
      OIDC_REDIRECT_URL: `${t.url}/api/v1/auth/oidc/callback`,
    }).oidc;
    const page = await freshPage(context);
    await page.goto(`${t.url}/login`);
    await page.getByRole('link', { name: vi.auth.oidc }).click();
    await page.locator('input[name="login"]').fill('canbo');
    await page.locator('input[name="password"]').fill('bat-ky');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('home-greeting').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();

    const stranger = await freshPage(context);
    await stranger.goto(`${t.url}/login?oidc=unknown`);
    await stranger.getByRole('alert').filter({ hasText: vi.auth.oidcUnknown }).waitFor();
    await stranger.close();
  });
});
