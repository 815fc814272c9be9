// What a citizen's phone downloads to open each citizens' page: the app as `npm start` runs it (built server and
// web, own data folder), the pages opened in Chromium with the cache off, the scripts' bytes on the wire summed
// (compressed bodies and headers). The ratio is to the budget of 200 kB a citizen's page may load.
// `npm run build` first.
// Run: node --import tsx packages/server/bench/citizen-bundle.bench.ts
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../test/support/browser.js';
import { jsTransfer } from '../test/support/js-transfer.js';

const BUDGET = 200 * 1024;
const PAGES = {
  lookup: '/tra-cuu',
  feedback: '/gop-y/hai-duong',
  results: '/cong-khai/hai-duong',
  ward_portal: '/cong-thong-tin/hai-duong',
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

async function healthy(url: string): Promise<void> {
  for (;;) {
    const ok = await fetch(`${url}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const root = path.resolve(import.meta.dirname, '../../..');
const main = path.join(root, 'packages/server/dist/cli/main.js');
if (!fs.existsSync(main) || !fs.existsSync(path.join(root, 'packages/web/dist/index.html')))
  throw new Error('npm run build first');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-bundle-'));
fs.chmodSync(dataDir, 0o755);
const port = await freePort();
const server = spawn(process.execPath, [main, 'serve'], {
  env: { ...process.env, PORT: String(port), CCHC_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.kill('SIGTERM'));
const browser = await launchBrowser();
try {
  const url = `http://127.0.0.1:${port}`;
  await healthy(url);
  const figures: Record<string, number> = {};
  for (const [name, page] of Object.entries(PAGES)) {
    const sent = await jsTransfer(browser.context, `${url}${page}`, 'public-title');
    console.log(`${page}: ${(sent.bytes / 1024).toFixed(1)} kB of scripts in ${sent.files.length} responses`);
    figures[`${name}_js_vs_200kB`] = Number((sent.bytes / BUDGET).toFixed(3));
  }
  console.log(JSON.stringify({ bench: figures }));
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
