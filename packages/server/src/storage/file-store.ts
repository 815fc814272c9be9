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

/**
 * Where uploaded files live, each under its content hash and never changed once written: a folder (the default,
 * shared by app servers as a network mount) or an S3-compatible bucket (`s3-file-store.ts`).
 */
export interface FileStore {
  /**
   * Receives a stream while hashing it. The caller checks the result, then commits (the file is kept under its
   * hash) or discards it. A file already stored under that hash is never overwritten.
   */
  receive(input: Readable, maxBytes: number): Promise<ReceiveResult>;
  /** A stored file for reading, or null when the store lacks it. */
  open(sha256: string): Promise<Readable | null>;
  /** Copies every stored file to `<dir>/<ab>/<hash>`, a backup's layout; returns how many. */
  exportTo(dir: string): Promise<number>;
  /** Stores each file of a backup's layout (`<dir>/<ab>/<hash>`) that the store lacks. */
  importFrom(dir: string): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;
const HEAD_BYTES = 64;

/** Where a hash lives below a root: `<root>/ab/abcdef…`, two hex digits of fan-out so no folder grows huge. */
export function storedFilePath(root: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new RangeError(`not a sha256: ${sha256}`);
  return path.join(root, sha256.slice(0, 2), sha256);
}

/** The files of a backup's layout below `dir`, as [hash, path]; anything not named by a hash is skipped. */
export function hashedFilesIn(dir: string): [string, string][] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[0-9a-f]{2}$/.test(d.name))
    .flatMap((d) =>
      fs
        .readdirSync(path.join(dir, d.name))
        .filter((name) => SHA256.test(name) && name.startsWith(d.name))
        .map((name): [string, string] => [name, path.join(dir, d.name, name)]),
    );
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
 * Receives a stream into a temporary file of `tmpDir` while hashing it; `keep(tmp, file)` stores it. Both stores
 * receive this way, so the limit, the hash and the format check see the same bytes whatever keeps them.
 */
export async function receiveVia(
  tmpDir: string,
  input: Readable,
  maxBytes: number,
  keep: (tmp: string, file: StoredFile) => Promise<void>,
): Promise<ReceiveResult> {
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
    commit: async () => {
      try {
        await keep(tmp, file);
      } finally {
        await fsp.rm(tmp, { force: true });
      }
    },
    discard: () => fsp.rm(tmp, { force: true }),
  };
}

/** Links a file to its hash's place unless that place is taken (same hash, same content). */
async function linkOnce(from: string, target: string): Promise<void> {
  await fsp.mkdir(path.dirname(target), { recursive: true });
  try {
    // link() fails when the target exists, where rename() would replace it: never overwrite a stored file.
    await fsp.link(from, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  await fsp.chmod(target, 0o444).catch(() => {});
}

/** Files in a folder (`CCHC_FILES_DIR`), under `<folder>/ab/<hash>`; parts being received go to `<folder>/tmp`. */
export function folderFileStore(filesDir: string): FileStore {
  return {
    receive: (input, maxBytes) =>
      receiveVia(path.join(filesDir, 'tmp'), input, maxBytes, (tmp, file) =>
        linkOnce(tmp, storedFilePath(filesDir, file.sha256)),
      ),
    open: async (sha256) => {
      const file = storedFilePath(filesDir, sha256);
      return fs.existsSync(file) ? fs.createReadStream(file) : null;
    },
    exportTo: async (dir) => {
      const files = hashedFilesIn(filesDir);
      for (const [sha256, from] of files) {
        const to = storedFilePath(dir, sha256);
        await fsp.mkdir(path.dirname(to), { recursive: true });
        await fsp.copyFile(from, to);
      }
      return files.length;
    },
    importFrom: async (dir) => {
      for (const [sha256, from] of hashedFilesIn(dir)) {
        const to = storedFilePath(filesDir, sha256);
        await fsp.mkdir(path.dirname(to), { recursive: true });
        if (!fs.existsSync(to)) await fsp.copyFile(from, to);
        await fsp.chmod(to, 0o444).catch(() => {});
      }
    },
  };
}
