// What the benches that talk HTTP share: a server of serve-for-bench.ts in its own process, a demo account's
// session cookie, and the median time of one request made one after the other.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';

// BENCH_CPU_PROF_DIR=<folder>: the servers write CPU profiles there, to see where a request's time goes.
const profiling = process.env.BENCH_CPU_PROF_DIR
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
  : [];

/** Starts serve-for-bench.ts in `mode` (cchc's app or a bare route); resolves with its port once it listens. */
export function serveForBench(
  mode: 'app' | 'bare',
  env: Record<string, string>,
  children: ChildProcess[],
): Promise<number> {
  const script = path.join(import.meta.dirname, 'serve-for-bench.ts');
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', script, mode], {
    env: { ...process.env, ...env },
    // The app's lines (info, as `npm start` logs) go to /dev/null unless BENCH_APP_LOG is set.
    stdio: ['ignore', 'pipe', process.env.BENCH_APP_LOG ? 'inherit' : 'ignore'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${mode} server exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve(Number(port));
    });
  });
}

/**
 * The median milliseconds of `samples` GET requests made one after the other, after three to warm up; `before`, when
 * given, runs ahead of each request, outside the time measured.
 */
export async function medianMs(
  url: string,
  headers: Record<string, string>,
  samples: number,
  before?: () => Promise<unknown>,
): Promise<number> {
  const once = async () => {
    await before?.();
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i += 1) await once();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) times.push(await once());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** The session cookie of a demo account. */
export async function sessionCookie(port: number, username: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 204) throw new Error(`login of ${username} answered ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** A whole-number option `--name N` of the command line, or its default. */
export function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--${name} wants a positive whole number`);
  return value;
}
