import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { isAlive } from '../src/db/embedded-postgres.js';
import { cliEnv, cliTestTimeout, runCli, type ServeProcess, startServe } from './support/cli-process.js';
import { TestClient } from './support/test-app.js';

// These tests start cchc as a separate process on its own embedded PostgreSQL; they are about the embedded
// server, so the external-database project skips them.
const embeddedOnly = inject('dbKind') === 'embedded' ? describe : describe.skip;

const dirs: string[] = [];
const running: ServeProcess[] = [];
function dataDir(mode = 0o755): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-proc-'));
  fs.chmodSync(dir, mode);
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const p of running.splice(0)) await p.stop();
  for (const d of dirs.splice(0)) {
    const outside = path.join(d, 'CLUSTER_LOCATION');
    if (fs.existsSync(outside)) fs.rmSync(fs.readFileSync(outside, 'utf8').trim(), { recursive: true, force: true });
    fs.rmSync(d, { recursive: true, force: true });
  }
});

async function createUsers(url: string, names: string[]): Promise<void> {
  const admin = new TestClient(url);
  expect((await admin.login('haiduong.admin')).status).toBe(204);
  for (const username of names) {
    const res = await admin.post('/api/v1/users', {
      username,
      fullName: 'Kiểm thử',
      password: 'mat-khau-dai-du',
      roles: ['officer'],
    });
    expect(res.status).toBe(201);
  }
}

async function usernames(url: string): Promise<string[]> {
  const admin = new TestClient(url);
  await admin.login('haiduong.admin');
  return (await admin.get('/api/v1/users')).body.map((u: { username: string }) => u.username);
}

function postmasterPid(dir: string): number {
  const pgdata = path.join(dir, 'postgres', 'pgdata');
  return Number(fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

embeddedOnly('cchc serve on its embedded PostgreSQL', () => {
  it('keeps every acknowledged write after kill -9 of cchc and of its database server', {
    timeout: cliTestTimeout(2),
  }, async () => {
    const dir = dataDir();
    const first = await startServe(dir);
    const names = Array.from({ length: 15 }, (_, i) => `ben-vung.${i}`);
    await createUsers(first.url, names);
    const pgPid = postmasterPid(dir);
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    process.kill(pgPid, 'SIGKILL'); // the harshest case: no clean shutdown of PostgreSQL either

    const second = await startServe(dir);
    running.push(second);
    expect(await usernames(second.url)).toEqual(expect.arrayContaining(names));
  });

  it('stops a server left running by a crashed cchc instead of starting a second one', {
    timeout: cliTestTimeout(2),
  }, async () => {
    const dir = dataDir();
    const first = await startServe(dir);
    const orphan = postmasterPid(dir);
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const second = await startServe(dir);
    running.push(second);
    expect(postmasterPid(dir)).not.toBe(orphan);
    expect(isAlive(orphan)).toBe(false);
    expect(second.output()).toContain('cchc đã dừng đột ngột');
  });

  it('lets a CLI command reuse the server of a running cchc, then stops cleanly on SIGTERM', {
    timeout: cliTestTimeout(2),
  }, async () => {
    const dir = dataDir();
    const app = await startServe(dir);
    const pid = postmasterPid(dir);
    const migrate = runCli(['db', 'migrate'], cliEnv(dir));
    expect(migrate.stderr).toBe('');
    expect(migrate.stdout).toContain('Không có migration mới.');
    expect(postmasterPid(dir)).toBe(pid);
    expect((await fetch(`${app.url}/api/v1/health`)).status).toBe(200);
    expect(await app.stop()).toBe(0);
    expect(fs.existsSync(path.join(dir, 'postgres', 'pgdata', 'postmaster.pid'))).toBe(false);
  });

  it.runIf(process.getuid?.() === 0)(
    'as root, keeps the cluster in a service location when the data folder is out of the server user reach',
    async () => {
      const dir = dataDir(0o700); // like a clone under /root
      const app = await startServe(dir);
      running.push(app);
      const location = fs.readFileSync(path.join(dir, 'CLUSTER_LOCATION'), 'utf8').trim();
      expect(location).toMatch(/^\/var\/lib\/cchc\/[0-9a-f]{16}$/);
      expect(fs.existsSync(path.join(location, 'pgdata', 'PG_VERSION'))).toBe(true);
      expect(app.output()).toContain('cụm CSDL đặt tại');
    },
  );
});

describe('configuration', () => {
  it('lists every bad value and exits 1', () => {
    const r = runCli(
      ['db', 'migrate'],
      cliEnv('/tmp/unused', { PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Cấu hình không hợp lệ');
    expect(r.stderr).toMatch(/PORT:/);
    expect(r.stderr).toMatch(/DATABASE_URL: phải bắt đầu bằng postgres:\/\//);
    expect(r.stderr).toMatch(/LOG_LEVEL:/);
  });
});
