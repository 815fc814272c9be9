import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.js';
import { ensureSeedPlan, type SeedPlan } from './tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './test-app.js';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Launches headless Chromium with a fresh profile (playwright's persistent context owns --user-data-dir) and
 * the flags this network-less machine needs.
 */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new tab with no session: the previous account's cookies are cleared first. */
export async function freshPage(context: BrowserContext): Promise<Page> {
  await context.clearCookies();
  return context.newPage();
}

/** A new tab logged in through the login page, as a person would, waiting for the home page. */
export async function loggedInPage(
  context: BrowserContext,
  baseUrl: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Page> {
  const page = await freshPage(context);
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
  await page.getByTestId('home-greeting').waitFor();
  return page;
}

/** The real server serving the built UI, and a browser to drive it: what every e2e file starts with. */
export interface BrowserApp {
  t: TestApp;
  context: BrowserContext;
  /** Closes the browser, then the server and its database. */
  close: () => Promise<void>;
}

/** The test app's options, and whether the ward gets the seeded 2026 plan (`ensureSeedPlan`) before the tests. */
export type BrowserAppOptions = Omit<NonNullable<Parameters<typeof startTestApp>[0]>, 'serveWeb'> & {
  seedPlan?: boolean;
};

/** The app with its UI, and the seeded plan when asked: closed again if the plan cannot be seeded. */
async function appWithPlan({ seedPlan, ...options }: BrowserAppOptions) {
  const t = await startTestApp({ ...options, serveWeb: true });
  try {
    return { t, plan: seedPlan ? await ensureSeedPlan(t.db) : undefined };
  } catch (e) {
    await t.close();
    throw e;
  }
}

/**
 * Starts the test app with the web UI (and the seeded plan when `seedPlan`) and headless Chromium side by side
 * (neither waits for the other); if one fails, the other is closed before the error is thrown.
 */
export async function startBrowserApp(
  options: BrowserAppOptions & { seedPlan: true },
): Promise<BrowserApp & { plan: SeedPlan }>;
export async function startBrowserApp(options?: BrowserAppOptions): Promise<BrowserApp>;
export async function startBrowserApp(options: BrowserAppOptions = {}): Promise<BrowserApp & { plan?: SeedPlan }> {
  const [app, browser] = await Promise.allSettled([appWithPlan(options), launchBrowser()]);
  if (app.status === 'rejected' || browser.status === 'rejected') {
    if (browser.status === 'fulfilled') await browser.value.close();
    if (app.status === 'fulfilled') await app.value.t.close();
    throw app.status === 'rejected' ? app.reason : (browser as PromiseRejectedResult).reason;
  }
  const { t, plan } = app.value;
  const { context, close: closeBrowser } = browser.value;
  return {
    t,
    plan,
    context,
    close: async () => {
      await closeBrowser();
      await t.close();
    },
  };
}
