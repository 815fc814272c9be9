import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import * as tar from 'tar';
import type { FileStore } from '../storage/file-store.js';
import { APP_VERSION } from '../version.js';
import { copyQueueTableOut, queueTables } from './job-queue.js';
import { ident, tablesInLoadOrder } from './tables.js';

export const BACKUP_FORMAT = 'cchc-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST = 'cchc-backup.json';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
  /** The job queue's tables (pg-boss schema), under `queue/`; absent in backups made before the queue was backed up. */
  queueTables?: { name: string; rows: number }[];
  files: number;
}

/**
 * Writes one .tar.gz: a logical export of every table (COPY, text format, portable between PostgreSQL 15 and
 * 18, which pg_dump of one major cannot promise) plus the stored files, inside one repeatable-read snapshot.
 */
export async function writeBackup(
  pool: pg.Pool,
  files: FileStore,
  outFile: string,
  now: Date,
  progress: (line: string) => void,
): Promise<BackupManifest> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-backup-'));
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables: BackupManifest['tables'] = [];
    fs.mkdirSync(path.join(work, 'tables'));
    for (const name of await tablesInLoadOrder(client)) {
      const out = path.join(work, 'tables', `${name}.copy`);
      await pipeline(client.query(copyTo(`COPY ${ident(name)} TO STDOUT`)), fs.createWriteStream(out));
      const rows = countLines(out);
      tables.push({ name, rows });
      progress(`  bảng ${name}: ${rows} dòng`);
    }
    const queue = await backUpQueue(client, path.join(work, 'queue'), progress);
    const migrations = (await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).rows;
    await client.query('COMMIT');
    fs.mkdirSync(path.join(work, 'files'));
    const fileCount = await files.exportTo(path.join(work, 'files'));
    progress(`  tệp đính kèm: ${fileCount}`);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: APP_VERSION,
      createdAt: now.toISOString(),
      migrations: migrations.map((m) => m.name),
      tables,
      queueTables: queue,
      files: fileCount,
    };
    fs.writeFileSync(path.join(work, MANIFEST), JSON.stringify(manifest, null, 2));
    await tar.c({ gzip: true, file: outFile, cwd: work, portable: true }, [MANIFEST, 'tables', 'queue', 'files']);
    return manifest;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function backUpQueue(client: pg.ClientBase, dir: string, progress: (line: string) => void) {
  fs.mkdirSync(dir);
  const tables: { name: string; rows: number }[] = [];
  for (const name of await queueTables(client)) {
    const out = path.join(dir, `${name}.copy`);
    await copyQueueTableOut(client, name, out);
    tables.push({ name, rows: countLines(out) });
    progress(`  hàng đợi ${name}: ${countLines(out)} dòng`);
  }
  return tables;
}

function countLines(file: string): number {
  const data = fs.readFileSync(file);
  let n = 0;
  for (const byte of data) if (byte === 10) n++;
  return n;
}
