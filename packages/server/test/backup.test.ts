import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { cliEnv, cliTestTimeout, runCli, startServe } from './support/cli-process.js';
import { intakeBody, procedureId } from './support/dossier-fixtures.js';
import { TestClient } from './support/test-app.js';

const embeddedOnly = inject('dbKind') === 'embedded' ? describe : describe.skip;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-backup-test-'));
fs.chmodSync(work, 0o755);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The table files of an archive, without schema_migrations (its applied_at is the restore's own time). */
async function tableContents(archive: string, folder = 'tables'): Promise<Record<string, string>> {
  const out = fs.mkdtempSync(path.join(work, 'x-'));
  await tar.x({ file: archive, cwd: out });
  const dir = path.join(out, folder);
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f !== 'schema_migrations.copy')
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
}

/**
 * A served data folder with a user, a dossier and a stored file, stopped and backed up: made once, by whichever test
 * needs it first, so each test also runs alone or in any order.
 */
let sourceBackup: Promise<{ archive: string; hash: string }> | undefined;
const backedUp = () => {
  sourceBackup ??= (async () => {
    const source = path.join(work, 'source');
    const app = await startServe(source);
    const admin = new TestClient(app.url);
    await admin.login('haiduong.admin');
    const created = await admin.post('/api/v1/users', {
      username: 'sao.luu',
      fullName: 'Nguyễn Sao Lưu',
      password: 'mat-khau-dai-du',
      roles: ['officer'],
    });
    expect(created.status).toBe(201);
    const desk = new TestClient(app.url);
    await desk.login('haiduong.motcua');
    expect((await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')))).status).toBe(201);
    await app.stop();
    // A stored file, named by its content's hash as the file store keeps it.
    const hash = createHash('sha256').update('minh chứng').digest('hex');
    fs.mkdirSync(path.join(source, 'files', hash.slice(0, 2)), { recursive: true });
    fs.writeFileSync(path.join(source, 'files', hash.slice(0, 2), hash), 'minh chứng');

    const archive = path.join(work, 'backup.tar.gz');
    const backup = runCli(['backup', archive], cliEnv(source));
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain('bảng users');
    return { archive, hash };
  })();
  return sourceBackup;
};
/** The spawns of `backedUp()`: `cchc serve` and `cchc backup`. */
const BACKED_UP_SPAWNS = 2;

embeddedOnly('cchc backup and restore', () => {
  it('restores into an empty data folder exactly the data that was backed up', {
    timeout: cliTestTimeout(BACKED_UP_SPAWNS + 4),
  }, async () => {
    const { archive, hash } = await backedUp();
    const target = path.join(work, 'target');
    const restore = runCli(['restore', archive], cliEnv(target));
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(fs.readFileSync(path.join(target, 'files', hash.slice(0, 2), hash), 'utf8')).toBe('minh chứng');

    const again = path.join(work, 'again.tar.gz');
    expect(runCli(['backup', again], cliEnv(target)).status).toBe(0);
    expect(await tableContents(again)).toEqual(await tableContents(archive));
    // The job queue (pg-boss schema) too: its queues, schedules and waiting jobs.
    const queue = await tableContents(archive, 'queue');
    expect(queue['queue.copy']?.split('\n').length).toBeGreaterThan(1);
    expect(await tableContents(again, 'queue')).toEqual(queue);

    const restored = await startServe(target, { CCHC_SEED: 'false' });
    expect((await new TestClient(restored.url).login('sao.luu', 'mat-khau-dai-du')).status).toBe(204);
    await restored.stop();

    const refused = runCli(['restore', archive], cliEnv(target));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('chỉ khôi phục vào CSDL trống');
  });

  it('lists every dossier pending for its facts after restoring a backup taken before migration 0024', {
    timeout: cliTestTimeout(BACKED_UP_SPAWNS + 2),
  }, async () => {
    // The source backup, made as a pre-0024 one: no facts tables, no 0024 and later in its migrations.
    const old = fs.mkdtempSync(path.join(work, 'old-'));
    await tar.x({ file: (await backedUp()).archive, cwd: old });
    const manifestFile = path.join(old, 'cchc-backup.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    manifest.migrations = manifest.migrations.filter((m: string) => m < '0024');
    manifest.tables = manifest.tables.filter((t: { name: string }) => !t.name.startsWith('dossier_facts'));
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    for (const f of ['dossier_facts.copy', 'dossier_facts_pending.copy']) fs.rmSync(path.join(old, 'tables', f));
    const archive = path.join(work, 'pre-0024.tar.gz');
    await tar.c({ file: archive, gzip: true, cwd: old }, fs.readdirSync(old));

    const target = path.join(work, 'target-pre-0024');
    const restore = runCli(['restore', archive], cliEnv(target));
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    const after = path.join(work, 'after-pre-0024.tar.gz');
    expect(runCli(['backup', after], cliEnv(target)).status).toBe(0);
    const tables = await tableContents(after);
    const ids = (file: string, column: number) =>
      (tables[file] ?? '')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\t')[column])
        .sort();
    expect(ids('dossiers.copy', 1).length).toBeGreaterThan(0);
    expect(ids('dossier_facts_pending.copy', 1)).toEqual(ids('dossiers.copy', 1));
  });

  it('refuses a file that is not a cchc backup with exit code 2', () => {
    const bogus = path.join(work, 'bogus.tar.gz');
    fs.writeFileSync(bogus, 'đây không phải bản sao lưu');
    const r = runCli(['restore', bogus], cliEnv(path.join(work, 'empty')));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('không phải bản sao lưu cchc');
  });
});
