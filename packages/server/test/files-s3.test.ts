import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeBackup } from '../src/backup/backup.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { fileStoreOf } from '../src/storage/files-dir.js';
import { s3FileStore } from '../src/storage/s3-file-store.js';
import { startTestS3, type TestS3 } from './support/s3-server.js';
import { ensureSeedPlan, type SeedPlan, uploadEvidence as upload } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PDF_HASH = createHash('sha256').update(PDF).digest('hex');
const PREFIX = 'hai-phong/';

let s3: TestS3;
let t: TestApp;
let plan: SeedPlan;
let bucket: S3Client;

beforeAll(async () => {
  s3 = await startTestS3(['cchc-files', 'cchc-restored']);
  for (const [name, value] of Object.entries(s3.credentials)) vi.stubEnv(name, value);
  t = await startTestApp({
    env: { CCHC_FILES_S3_BUCKET: 'cchc-files', CCHC_FILES_S3_ENDPOINT: s3.endpoint, CCHC_FILES_S3_PREFIX: PREFIX },
  });
  plan = await ensureSeedPlan(t.db);
  bucket = new S3Client({
    region: 'us-east-1',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
});
afterAll(async () => {
  await t?.close();
  await s3?.close();
  vi.unstubAllEnvs();
});

async function keysIn(name: string): Promise<string[]> {
  const listed = await bucket.send(new ListObjectsV2Command({ Bucket: name }));
  return (listed.Contents ?? []).map((o) => o.Key ?? '').sort();
}

async function bytesOf(name: string, key: string): Promise<Buffer> {
  const object = await bucket.send(new GetObjectCommand({ Bucket: name, Key: key }));
  return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
}

describe('uploaded files in an S3-compatible bucket (CCHC_FILES_S3_BUCKET)', () => {
  it('keeps evidence in the bucket under its hash, once, nothing in the folder, and serves it back', async () => {
    const officer = await t.loginAs('haiduong.canbo');
    const id = plan.taskIds.get(20) as string;
    const first = await upload(officer, id, 'Kế hoạch.pdf', PDF);
    expect(first.status).toBe(201);
    expect((await upload(officer, id, 'Kế hoạch (bản sao).pdf', PDF)).status).toBe(201);

    const key = `${PREFIX}${PDF_HASH.slice(0, 2)}/${PDF_HASH}`;
    expect(await keysIn('cchc-files')).toEqual([key]);
    expect(await bytesOf('cchc-files', key)).toEqual(PDF);
    expect(fs.existsSync(path.join(t.deps.config.filesDir, PDF_HASH.slice(0, 2)))).toBe(false);
    expect(fs.readdirSync(path.join(t.deps.config.filesDir, 'tmp'))).toEqual([]);

    const download = await officer.get(first.body.evidence[0].url);
    expect(download.status).toBe(200);
    expect(Buffer.from(download.body)).toEqual(PDF);
  });

  it('writes nothing to the bucket for a refused file', async () => {
    const before = await keysIn('cchc-files');
    const officer = await t.loginAs('haiduong.canbo');
    const disguised = await upload(officer, plan.taskIds.get(21) as string, 'bao-cao.pdf', Buffer.from('MZ\x90\x00'));
    expect(disguised.status).toBe(400);
    expect(await keysIn('cchc-files')).toEqual(before);
    expect(fs.readdirSync(path.join(t.deps.config.filesDir, 'tmp'))).toEqual([]);
  });

  it('backs the bucket up into the archive and restores its files into another bucket', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-s3-backup-'));
    try {
      const archive = path.join(work, 'backup.tar.gz');
      const manifest = await writeBackup(t.deps.pool, fileStoreOf(t.deps.config), archive, t.clock.now(), () => {});
      expect(manifest.files).toBe(1);
      const unpacked = path.join(work, 'unpacked');
      fs.mkdirSync(unpacked);
      await tar.x({ file: archive, cwd: unpacked });
      const inArchive = path.join(unpacked, 'files', PDF_HASH.slice(0, 2), PDF_HASH);
      expect(fs.readFileSync(inArchive)).toEqual(PDF);

      const restored = s3FileStore(
        { bucket: 'cchc-restored', endpoint: s3.endpoint, region: 'us-east-1', prefix: '' },
        path.join(work, 'tmp'),
      );
      await restored.importFrom(path.join(unpacked, 'files'));
      await restored.importFrom(path.join(unpacked, 'files')); // twice: a file already there is kept
      expect(await keysIn('cchc-restored')).toEqual([`${PDF_HASH.slice(0, 2)}/${PDF_HASH}`]);
      expect(await bytesOf('cchc-restored', `${PDF_HASH.slice(0, 2)}/${PDF_HASH}`)).toEqual(PDF);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('answers 404, not 500, when the bucket has lost a file', async () => {
    const officer = await t.loginAs('haiduong.canbo');
    const other = Buffer.concat([PDF, Buffer.from('% another\n')]);
    const added = await upload(officer, plan.taskIds.get(22) as string, 'khac.pdf', other);
    const hash = createHash('sha256').update(other).digest('hex');
    await bucket.send(new DeleteObjectCommand({ Bucket: 'cchc-files', Key: `${PREFIX}${hash.slice(0, 2)}/${hash}` }));
    const evidence = added.body.evidence.find((e: { fileName: string }) => e.fileName === 'khac.pdf');
    expect((await officer.get(evidence.url)).status).toBe(404);
  });

  it('refuses an endpoint without a bucket, and a name S3 would refuse', () => {
    expect(() => loadConfig({ CCHC_FILES_S3_ENDPOINT: 'http://minio:9000' })).toThrow(ConfigError);
    expect(() => loadConfig({ CCHC_FILES_S3_BUCKET: 'Tệp_CCHC' })).toThrow(/CCHC_FILES_S3_BUCKET/);
    expect(() => loadConfig({ CCHC_FILES_S3_BUCKET: 'cchc', CCHC_FILES_S3_PREFIX: '/abs' })).toThrow(
      /CCHC_FILES_S3_PREFIX/,
    );
  });
});
