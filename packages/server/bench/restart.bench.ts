// `npm start` again with nothing changed, to a healthy server (GET /api/v1/health answers 200), against two
// yardsticks measured in the same run: an empty Node process (`node -e ""`) and a bare Fastify route's server
// started and answering once. The first start (fresh data folder: cluster, migrations, seed) is measured too,
// but only the restarts are the figure. The app runs on its embedded PostgreSQL in a temporary data folder.
// Run: node --import tsx packages/server/bench/restart.bench.ts [--restarts 3]
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--${name} wants a positive whole number`);
  return value;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `url` until it answers 200; the child's early exit is a failure, not a wait forever. */
async function untilOk(url: string, child: ChildProcess): Promise<void> {
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  for (;;) {
    if (exited !== undefined) throw new Error(`${url}: the server exited (${exited}) before answering`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    // The whole group, as ^C in a terminal: npm's `sh -c` does not pass a signal on to the node it runs.
    if (child.pid) process.kill(-child.pid, 'SIGINT');
  });
}

/** Seconds from spawning `cmd` to `url` answering 200; the process is stopped (SIGINT) afterwards. */
async function secondsToOk(cmd: string, args: string[], url: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(cmd, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group, stopped as one
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  try {
    await untilOk(url, child);
    return (performance.now() - started) / 1000;
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${stderr}`);
  } finally {
    await stopped(child);
  }
}

function secondsToExit(cmd: string, args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(cmd, args, { stdio: 'ignore' });
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`${cmd} exited ${code}`)),
    ),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const restarts = option('restarts', 3);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-restart-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env = { CCHC_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  const health = `http://127.0.0.1:${port}/api/v1/health`;
  const bareScript = path.join(import.meta.dirname, 'serve-for-bench.ts');
  try {
    const first = await secondsToOk('npm', ['start', '--silent'], health, env);
    const node: number[] = [];
    const bare: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < restarts; i++) {
      node.push(await secondsToExit(process.execPath, ['-e', '']));
      const barePort = await freePort();
      bare.push(
        await secondsToOk(process.execPath, ['--import', 'tsx', bareScript, 'bare'], `http://127.0.0.1:${barePort}/`, {
          BARE_PORT: String(barePort),
        }),
      );
      again.push(await secondsToOk('npm', ['start', '--silent'], health, env));
    }
    const figures = {
      restart_seconds: Number(median(again).toFixed(2)),
      first_start_seconds: Number(first.toFixed(2)),
      restart_vs_empty_node: Number((median(again) / median(node)).toFixed(1)),
      restart_vs_bare_server_start: Number((median(again) / median(bare)).toFixed(1)),
    };
    console.log(
      `npm start, first start: ${first.toFixed(2)} s; again with nothing changed (median of ${restarts}): ` +
        `${median(again).toFixed(2)} s = ${figures.restart_vs_empty_node}× node -e "" (${median(node).toFixed(2)} s), ` +
        `${figures.restart_vs_bare_server_start}× a bare Fastify server's start (${median(bare).toFixed(2)} s)`,
    );
    console.log(JSON.stringify({ bench: figures }));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
