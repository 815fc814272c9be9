import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A file kept under its content hash. */
export interface StoredFile {
  sha256: string;
  size: number;
  /** The file's first bytes, to recognise its format. */
  head: Uint8Array;
}

/** What receiving a stream gave: the stored file, or `too_large` when it passed the limit (nothing kept). */
export type ReceiveResult =
  | { ok: true; file: StoredFile; commit(): Promise<void>; discard(): Promise<void> }
  | { ok: false; reason: 'too_large' };

const SHA256 = /^[0-9a-f]{64}$/;
const HEAD_BYTES = 64;

/** Where a hash lives: `<files>/ab/abcdef…`, two hex digits of fan-out so no folder grows huge. */
export function storedFilePath(filesDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new RangeError(`not a sha256: ${sha256}`);
  return path.join(filesDir, sha256.slice(0, 2), sha256);
}

/** Counts, hashes and keeps the first bytes of what flows through; fails past `maxBytes`. */
function measuring(maxBytes: number) {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let size = 0;
  let headSize = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new TooLarge());
      hash.update(chunk);
      if (headSize < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headSize));
        headSize += Math.min(chunk.length, HEAD_BYTES - headSize);
      }
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest('hex'), size, head: new Uint8Array(Buffer.concat(head)) }) };
}

class TooLarge extends Error {}

/**
 * Receives a stream into a temporary file of the files folder while hashing it. The caller checks the result and
 * then commits (the file moves to its hash's place) or discards it. A file already stored under that hash is
 * never overwritten: committing the same content twice keeps the first copy.
 */
export async function receiveFile(filesDir: string, input: Readable, maxBytes: number): Promise<ReceiveResult> {
  const tmpDir = path.join(filesDir, 'tmp');
  await fsp.mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, `${randomUUID()}.part`);
  const meter = measuring(maxBytes);
  try {
    await pipeline(input, meter.stream, fs.createWriteStream(tmp, { flags: 'wx' }));
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    if (e instanceof TooLarge) return { ok: false, reason: 'too_large' };
    throw e;
  }
  const file = meter.result();
  return {
    ok: true,
    file,
    commit: () => keep(filesDir, tmp, file.sha256),
    discard: () => fsp.rm(tmp, { force: true }),
  };
}

/** Moves the temporary file to its hash's place unless that place is taken (same hash, same content). */
async function keep(filesDir: string, tmp: string, sha256: string): Promise<void> {
  const target = storedFilePath(filesDir, sha256);
  await fsp.mkdir(path.dirname(target), { recursive: true });
  try {
    // link() fails when the target exists, where rename() would replace it: never overwrite a stored file.
    await fsp.link(tmp, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    await fsp.rm(tmp, { force: true });
  }
  await fsp.chmod(target, 0o444).catch(() => {});
}

/** A stored file for reading, or null when it is missing from the folder. */
export function openStoredFile(filesDir: string, sha256: string): fs.ReadStream | null {
  const file = storedFilePath(filesDir, sha256);
  return fs.existsSync(file) ? fs.createReadStream(file) : null;
}
