import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { S3FilesConfig } from '../config.js';
import { type FileStore, hashedFilesIn, receiveVia, storedFilePath } from './file-store.js';

// `<ab>/<hash>` where the hash starts with its folder's two digits.
const HASH_KEY = /^([0-9a-f]{2})\/(\1[0-9a-f]{62})$/;

const isMissing = (e: unknown) =>
  e instanceof NoSuchKey || e instanceof NotFound || (e as { name?: string }).name === 'NotFound';

/**
 * Files in a bucket, each object under its content hash, written once: app servers in several places share it
 * without a network mount. A part being received is written to `tmpDir` (local) while it is hashed and checked,
 * and goes to the bucket on commit only.
 */
export function s3FileStore(config: S3FilesConfig, tmpDir: string): FileStore {
  // Off AWS: path-style requests, and checksums only where the API requires them, since many S3-compatible stores
  // do not read the SDK's default aws-chunked uploads with trailing checksums (they would keep the framing).
  const compatible = {
    endpoint: config.endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  } as const;
  const client = new S3Client({ region: config.region, ...(config.endpoint ? compatible : {}) });
  const Bucket = config.bucket;
  const keyOf = (sha256: string) => `${config.prefix}${storedFilePath('', sha256)}`;

  async function exists(sha256: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(sha256) }));
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }

  async function putOnce(sha256: string, from: string): Promise<void> {
    // The same hash is the same content: a file already there is kept, never overwritten.
    if (await exists(sha256)) return;
    const { size } = await fsp.stat(from);
    await client.send(
      new PutObjectCommand({ Bucket, Key: keyOf(sha256), Body: fs.createReadStream(from), ContentLength: size }),
    );
  }

  return {
    receive: (input, maxBytes) => receiveVia(tmpDir, input, maxBytes, (tmp, file) => putOnce(file.sha256, tmp)),
    open: async (sha256) => {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(sha256) }));
        return (object.Body as Readable | undefined) ?? null;
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    exportTo: async (dir) => {
      let count = 0;
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: config.prefix, ContinuationToken }));
        for (const { Key } of page.Contents ?? []) {
          const sha256 = Key?.slice(config.prefix.length).match(HASH_KEY)?.[2];
          if (!sha256) continue;
          const to = storedFilePath(dir, sha256);
          await fsp.mkdir(path.dirname(to), { recursive: true });
          const object = await client.send(new GetObjectCommand({ Bucket, Key }));
          await pipeline(object.Body as Readable, fs.createWriteStream(to));
          count++;
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return count;
    },
    importFrom: async (dir) => {
      for (const [sha256, from] of hashedFilesIn(dir)) await putOnce(sha256, from);
    },
  };
}
