import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = ['--conditions=development', '--import', 'tsx', path.join(SERVER_ROOT, 'src/cli/main.ts')];

/** Environment of a cchc process under test: its own data folder, no DATABASE_URL, quiet JSON logs. */
export function cliEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return { ...env, CCHC_DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'warn', LOG_FORMAT: 'json', ...extra };
}

/** How long one `cchc` process may take on a busy 2-core machine before it is killed. */
export const CLI_TIMEOUT = 120_000;

/**
 * The timeout of a test that runs `spawns` cchc processes one after the other: each process's own timeout decides,
 * never a tighter test timeout (a loaded machine makes one slow start, not a failure).
 */
export const cliTestTimeout = (spawns: number) => spawns * CLI_TIMEOUT + 30_000;

/** What a finished `cchc` process left: its exit code (null if killed) and its output. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `cchc <args>` to completion, from the TypeScript sources (a stale build can never be tested). */
export function runCli(args: string[], env: NodeJS.ProcessEnv): CliResult {
  const r = spawnSync(process.execPath, [...CLI, ...args], { env, encoding: 'utf8', timeout: CLI_TIMEOUT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  stop(): Promise<number | null>;
}

/** Starts `cchc serve` on a free port and waits until /api/v1/health answers 200. */
export async function startServe(dataDir: string, extra: Record<string, string> = {}): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...CLI, 'serve'], {
    env: cliEnv(dataDir, { PORT: String(port), HOST: '127.0.0.1', ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const url = `http://127.0.0.1:${port}`;
  // A first start initialises, migrates and seeds its own PostgreSQL; on a busy 2-core machine two servers doing
  // it at once took over a minute.
  const deadline = Date.now() + 2 * CLI_TIMEOUT;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`cchc serve exited ${child.exitCode}: ${out}`);
    const ok = await fetch(`${url}/api/v1/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM'); // lets it stop its own PostgreSQL
      throw new Error(`cchc serve did not answer /api/v1/health within ${(2 * CLI_TIMEOUT) / 1000} s: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    child,
    url,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}
