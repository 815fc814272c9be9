import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import * as tar from 'tar';
import { z } from 'zod';
import { migrate, readMigrations } from '../db/migrate.js';
import type { FileStore } from '../storage/file-store.js';
import { BACKUP_FORMAT, type BackupManifest, MANIFEST } from './backup.js';
import { ensureQueueSchema, loadQueueTables } from './job-queue.js';
import { ident } from './tables.js';

export class NotABackupError extends Error {}

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  migrations: z.array(z.string()),
  tables: z.array(z.object({ name: z.string().regex(/^[a-z_][a-z0-9_]*$/), rows: z.number().int().min(0) })),
  queueTables: z
    .array(z.object({ name: z.string().regex(/^[a-z_][a-z0-9_]*$/), rows: z.number().int().min(0) }))
    .optional(),
  files: z.number().int().min(0),
});

/**
 * Restores a backup into an empty database (no tenant yet) and an empty files folder. The schema is created
 * by the same migrations; data is loaded parents first, in one transaction: a failed restore leaves nothing.
 */
export async function restoreBackup(
  pool: pg.Pool,
  files: FileStore,
  archive: string,
  progress: (line: string) => void,
): Promise<BackupManifest> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-restore-'));
  try {
    const manifest = await unpack(archive, work);
    const known = new Set(readMigrations().map((m) => m.name));
    const unknown = manifest.migrations.filter((m) => !known.has(m));
    if (unknown.length) throw new Error(`bản sao lưu từ phiên bản mới hơn (unknown migrations: ${unknown.join(', ')})`);
    await migrate(pool);
    if (manifest.queueTables?.length) await ensureQueueSchema(pool);
    await loadTables(pool, work, manifest, progress);
    await files.importFrom(path.join(work, 'files'));
    progress(`  tệp đính kèm: ${manifest.files}`);
    return manifest;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function unpack(archive: string, work: string): Promise<BackupManifest> {
  try {
    await tar.x({ file: archive, cwd: work, strict: true });
  } catch {
    throw new NotABackupError('tệp không phải bản sao lưu cchc (not a cchc backup archive)');
  }
  const file = path.join(work, MANIFEST);
  const parsed = fs.existsSync(file) ? manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8'))) : null;
  if (!parsed?.success) throw new NotABackupError('tệp không phải bản sao lưu cchc (manifest missing or invalid)');
  return parsed.data as BackupManifest;
}

async function loadTables(pool: pg.Pool, work: string, manifest: BackupManifest, progress: (l: string) => void) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const tenants = await client.query('SELECT 1 FROM tenants LIMIT 1');
    if (tenants.rowCount) throw new Error('cơ sở dữ liệu đích đã có dữ liệu: chỉ khôi phục vào CSDL trống');
    for (const t of manifest.tables) {
      if (t.name === 'schema_migrations') continue; // recreated by migrate()
      const file = path.join(work, 'tables', `${t.name}.copy`);
      // Rows come back as they were: the tables' own triggers (the audit chain's numbering, the public pages'
      // input stamps) would write them again as new events. Foreign-key checks are not user triggers and stay on.
      await client.query(`ALTER TABLE ${ident(t.name)} DISABLE TRIGGER USER`);
      await pipeline(fs.createReadStream(file), client.query(copyFrom(`COPY ${ident(t.name)} FROM STDIN`)));
      await client.query(`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`);
      progress(`  bảng ${t.name}: ${t.rows} dòng`);
    }
    if (manifest.queueTables?.length) {
      await loadQueueTables(
        client,
        path.join(work, 'queue'),
        manifest.queueTables.map((q) => q.name),
      );
      progress(`  hàng đợi công việc: ${manifest.queueTables.length} bảng`);
    }
    await resetIdentities(client);
    await resetInputStamps(client);
    await markDossiersWithoutFacts(client);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/**
 * Rows are loaded with the tables' triggers off, and a backup taken before migration 0024 carries no facts and
 * no pending list: every dossier without stored facts is listed pending, so the indicators compute its facts
 * instead of leaving it out of the sums.
 */
async function markDossiersWithoutFacts(client: pg.ClientBase): Promise<void> {
  await client.query(`
    INSERT INTO dossier_facts_pending (tenant_id, dossier_id)
    SELECT d.tenant_id, d.id FROM dossiers d
     WHERE NOT EXISTS (SELECT 1 FROM dossier_facts f WHERE f.tenant_id = d.tenant_id AND f.dossier_id = d.id)
    ON CONFLICT DO NOTHING`);
}

/**
 * The public pages' input stamps come from one sequence that a backup does not carry: it restarts past the
 * restored stamps, or a later write could take a stamp a cached page was computed under. Servers listening for
 * input changes (migration 0031) hear 'city' at commit and drop every cached page.
 */
async function resetInputStamps(client: pg.ClientBase): Promise<void> {
  await client.query(
    `SELECT setval('public_input_generation', COALESCE((SELECT max(generation) FROM public_inputs), 0) + 1, false),
            pg_notify('public_inputs', 'city')`,
  );
}

/** Identity columns continue after the restored rows. */
async function resetIdentities(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ tbl: string; col: string }>(`
    SELECT c.relname AS tbl, a.attname AS col
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
     WHERE a.attidentity <> '' AND NOT a.attisdropped`);
  for (const r of rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${ident(r.col)}) FROM ${ident(r.tbl)}), 0) + 1, false)`,
      [r.tbl, r.col],
    );
  }
}
