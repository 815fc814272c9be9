import type { BrowserContext } from 'playwright-core';

export interface JsTransfer {
  /** Bytes on the wire for the page's scripts: compressed bodies and their response headers. */
  bytes: number;
  /** The script files loaded, by name (`citizen-shared-….js`). */
  files: string[];
}

/**
 * Opens `url` in a new tab of `context` with the browser cache off and sums what its JavaScript responses cost on
 * the wire (Chromium's encodedDataLength), until the network is idle: what a citizen's phone downloads.
 */
export async function jsTransfer(context: BrowserContext, url: string, ready: string): Promise<JsTransfer> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = new Map<string, string>();
  const sizes = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') scripts.set(e.requestId, new URL(e.response.url).pathname.split('/').pop() ?? '');
  });
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  await page.goto(url);
  await page.getByTestId(ready).waitFor();
  await page.waitForLoadState('networkidle');
  const bytes = [...scripts.keys()].reduce((sum, id) => sum + (sizes.get(id) ?? 0), 0);
  await cdp.detach();
  await page.close();
  return { bytes, files: [...scripts.values()].sort() };
}
