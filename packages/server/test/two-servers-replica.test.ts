// Two `cchc serve` processes on one PostgreSQL primary with a streaming standby as DATABASE_REPLICA_URL: Debian's
// PostgreSQL 15 (a primary made by initdb, a standby by `pg_basebackup -R`) in temporary folders on free ports.
// Skipped, with the reason, on a machine without those binaries.
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { type ServeProcess, startServe } from './support/cli-process.js';

const PG15 = '/usr/lib/postgresql/15/bin';
const missing = fs.existsSync(path.join(PG15, 'pg_basebackup'))
  ? null
  : `Debian's PostgreSQL 15 binaries are not in ${PG15} (apt-get install postgresql-15)`;
if (missing) console.warn(`two-servers-replica.test.ts skipped: ${missing}`);

/** PostgreSQL refuses to run as root: as root its binaries run as the `postgres` system user. */
function asServerUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) throw new Error('running as root needs a `postgres` system user');
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

describe.skipIf(missing !== null)('two app servers on one primary, with a streaming read replica', () => {
  const user = missing ? null : asServerUser();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-replica-'));
  const primaryDir = path.join(root, 'primary');
  const standbyDir = path.join(root, 'standby');
  const filesDir = path.join(root, 'files');
  const run = (bin: string, args: string[], extra: SpawnSyncOptions = {}) => {
    const r = spawnSync(path.join(PG15, bin), args, {
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      cwd: root,
      encoding: 'utf8',
      ...extra,
    });
    if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')}: ${r.stderr}${r.stdout}`);
  };
  let primaryPort = 0;
  let standbyPort = 0;
  let primary: pg.Client;
  let standby: pg.Client;
  const servers: ServeProcess[] = [];
  const url = (port: number, db = 'cchc') => `postgres://cchc@127.0.0.1:${port}/${db}`;

  beforeAll(async () => {
    fs.chmodSync(root, 0o755);
    fs.mkdirSync(filesDir);
    if (user) fs.chownSync(root, user.uid, user.gid);
    [primaryPort, standbyPort] = [await freePort(), await freePort()];
    // trust on loopback: a throw-away cluster; initdb's hba also lets loopback connect for replication.
    run('initdb', ['-D', primaryDir, '-U', 'cchc', '--auth=trust', '-E', 'UTF8', '--no-locale']);
    const conf = (port: number) =>
      `\nport = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\ntimezone = 'UTC'\n`;
    fs.appendFileSync(path.join(primaryDir, 'postgresql.conf'), conf(primaryPort));
    run('pg_ctl', ['start', '-D', primaryDir, '-w', '-t', '120', '-l', path.join(root, 'primary.log')]);
    primary = new pg.Client({ connectionString: url(primaryPort, 'postgres') });
    await primary.connect();
    await primary.query('CREATE DATABASE cchc');
    await primary.end();
    // The standby: a base backup that writes its own standby.signal and primary_conninfo (-R).
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'cchc',
      '-D',
      standbyDir,
      '-R',
      '-X',
      'stream',
    ]);
    fs.appendFileSync(path.join(standbyDir, 'postgresql.conf'), conf(standbyPort));
    run('pg_ctl', ['start', '-D', standbyDir, '-w', '-t', '120', '-l', path.join(root, 'standby.log')]);
    primary = new pg.Client({ connectionString: url(primaryPort) });
    standby = new pg.Client({ connectionString: url(standbyPort) });
    await Promise.all([primary.connect(), standby.connect()]);

    // Both servers start at once on the empty database: they migrate and seed it once between them.
    const env = (name: string) => ({
      DATABASE_URL: url(primaryPort),
      DATABASE_REPLICA_URL: url(standbyPort),
      CCHC_FILES_DIR: filesDir,
      CCHC_NOW: '2026-06-15T03:00:00Z',
      CCHC_DATA_DIR: path.join(root, name),
    });
    servers.push(
      ...(await Promise.all([startServe(path.join(root, 'a'), env('a')), startServe(path.join(root, 'b'), env('b'))])),
    );
  }, 300_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await primary?.end().catch(() => {});
    await standby?.end().catch(() => {});
    for (const dir of [standbyDir, primaryDir]) {
      if (fs.existsSync(path.join(dir, 'postmaster.pid'))) run('pg_ctl', ['stop', '-D', dir, '-m', 'fast', '-w']);
    }
    fs.rmSync(root, { recursive: true, force: true });
  }, 120_000);

  const logIn = async (server: ServeProcess, username: string) => {
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(204);
    return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };

  it('migrates and seeds once, and each server reports the replica in health', async () => {
    const migrations = await primary.query('SELECT name, count(*)::int AS n FROM schema_migrations GROUP BY name');
    expect(migrations.rows.every((r) => r.n === 1)).toBe(true);
    const wards = await primary.query("SELECT count(*)::int AS n FROM tenants WHERE code = 'hai-duong'");
    expect(wards.rows[0].n).toBe(1);
    for (const server of servers) {
      const health = await (await fetch(`${server.url}/api/v1/health`)).json();
      expect(health.status).toBe('ok');
      expect(health.replica.reachable).toBe(true);
      expect(health.replica.lagBytes).toBeGreaterThanOrEqual(0);
      expect(health.replica.lagSeconds).toBeGreaterThanOrEqual(0);
    }
  });

  it('shares sessions: a login on one server is a session on the other', async () => {
    const [a, b] = servers as [ServeProcess, ServeProcess];
    const cookie = await logIn(a, 'thanhpho.admin');
    const me = await fetch(`${b.url}/api/v1/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).user.username).toBe('thanhpho.admin');
  });

  it('shares per-address request limits: requests alternating between the servers meet one limit', async () => {
    const [a, b] = servers as [ServeProcess, ServeProcess];
    // The dossier lookup allows 20 a minute per address: 20 answers over both servers, then 429 from either.
    // A different code each time: the per-(code, address) failure throttle (5) stays out of the way.
    const lookup = (server: ServeProcess, i: number) =>
      fetch(`${server.url}/api/v1/public/dossiers/lookup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: `KHONG-CO-${i}`, phone: '0000' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await lookup(i % 2 === 0 ? a : b, i)).status);
    expect(statuses.slice(0, 20).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it('runs the start-up catch-up of each scheduled job once for both servers', async () => {
    const runs = await primary.query(
      "SELECT name, count(*)::int AS n FROM pgboss.job WHERE singleton_key = 'catch-up' GROUP BY name",
    );
    expect(runs.rows.length).toBeGreaterThan(0);
    expect(runs.rows.every((r) => r.n === 1)).toBe(true);
  });

  it('reads the city view from the replica: a change held back from the standby is not shown until replayed', async () => {
    const [a] = servers as [ServeProcess];
    const cookie = await logIn(a, 'thanhpho.admin');
    const overview = async () =>
      (await fetch(`${a.url}/api/v1/city/overview?period=2026-05`, { headers: { cookie } })).text();
    const renamed = 'Phường Hải Dương (đổi tên thử)';
    await standby.query('SELECT pg_wal_replay_pause()');
    await primary.query('UPDATE tenants SET name = $1 WHERE code = $2', [renamed, 'hai-duong']);
    expect(await overview()).not.toContain(renamed);
    const health = await (await fetch(`${a.url}/api/v1/health`)).json();
    expect(health.replica.lagBytes).toBeGreaterThan(0);
    await standby.query('SELECT pg_wal_replay_resume()');
    let shown = false;
    for (let i = 0; i < 100 && !shown; i++) {
      shown = (await overview()).includes(renamed);
      if (!shown) await new Promise((r) => setTimeout(r, 100));
    }
    expect(shown).toBe(true);
  });

  it('reads what a client wrote from the primary while the replica lags, on either server', async () => {
    const [a, b] = servers as [ServeProcess, ServeProcess];
    const writer = await logIn(a, 'thanhpho.admin');
    const onlooker = await logIn(b, 'thanhpho.admin');
    const overview = async (server: ServeProcess, cookie: string) =>
      (await fetch(`${server.url}/api/v1/city/overview?period=2026-05`, { headers: { cookie } })).text();
    const renamed = 'Phường Hải Dương (đọc lại ngay)';
    await standby.query('SELECT pg_wal_replay_pause()');
    const me = await (await fetch(`${a.url}/api/v1/auth/me`, { headers: { cookie: writer } })).json();
    try {
      const patched = await fetch(`${a.url}/api/v1/tenants/hai-duong`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie: writer, 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ name: renamed }),
      });
      expect(patched.status).toBe(200);
      const wrote = patched.headers
        .getSetCookie()
        .find((c) => c.startsWith('cchc_wrote='))
        ?.split(';')[0];
      expect(wrote).toBeDefined();
      // The writer sees the new name from both servers; a client that did not write still reads the replica.
      expect(await overview(a, `${writer}; ${wrote}`)).toContain(renamed);
      expect(await overview(b, `${writer}; ${wrote}`)).toContain(renamed);
      expect(await overview(b, onlooker)).not.toContain(renamed);
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
  });
});
