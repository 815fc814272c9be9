import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** Bounds of a ZIP package (.docx, .xlsx) before any parser opens it. */
export interface ArchiveLimits {
  /** Sum of the entries' uncompressed sizes, declared and actually inflated. */
  maxUncompressedBytes: number;
  maxEntries: number;
  /** Uncompressed ÷ compressed size of the whole package; office XML stays far below 100. */
  maxRatio: number;
}

export type ArchiveProblem =
  | 'archive_unreadable'
  | 'archive_too_large'
  | 'archive_too_many_entries'
  | 'archive_ratio'
  | 'archive_size_mismatch';

/** A package's totals once inspected, or the first limit it broke. */
export type ArchiveVerdict =
  | { ok: true; entries: number; uncompressed: number }
  | { ok: false; problem: ArchiveProblem };

/** Small packages may compress well (an empty sheet is mostly repeated XML): the ratio applies past this size. */
const RATIO_FLOOR_BYTES = 4 * 1024 * 1024;

const fromBuffer = (bytes: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );

const openEntry = (zip: yauzl.ZipFile, entry: yauzl.Entry) =>
  new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))),
  );

/** Inflates an entry only to count its bytes, stopping as soon as the package's budget is spent. */
async function inflatedSize(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: number): Promise<number> {
  const stream = await openEntry(zip, entry);
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > budget) {
      stream.destroy();
      break;
    }
  }
  return size;
}

/**
 * Checks a ZIP package against its limits from the central directory (declared sizes, count) and then by inflating
 * every entry (a bomb may declare small sizes; yauzl also refuses an entry larger than it declared). Runs in the
 * parsing worker: inflating is CPU work the request thread must not do.
 */
export async function inspectArchive(bytes: Buffer, limits: ArchiveLimits): Promise<ArchiveVerdict> {
  let zip: yauzl.ZipFile;
  try {
    zip = await fromBuffer(bytes);
  } catch {
    return { ok: false, problem: 'archive_unreadable' };
  }
  try {
    if (zip.entryCount > limits.maxEntries) return { ok: false, problem: 'archive_too_many_entries' };
    const ratioBudget = Math.max(RATIO_FLOOR_BYTES, bytes.length * limits.maxRatio);
    const budget = Math.min(limits.maxUncompressedBytes, ratioBudget);
    const overBudget = (seen: number): ArchiveProblem =>
      seen > bytes.length * limits.maxRatio ? 'archive_ratio' : 'archive_too_large';
    let total = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      total += entry.uncompressedSize;
      if (total > budget) return { ok: false, problem: overBudget(total) };
    }
    // Declared sizes fit; now the real ones, read again from the start.
    // A buffer-backed ZipFile holds no file descriptor: nothing to close (yauzl's autoClose handles the end).
    const again = await fromBuffer(bytes);
    let inflated = 0;
    for (let entry = await nextEntry(again); entry; entry = await nextEntry(again)) {
      if (entry.fileName.endsWith('/')) continue;
      inflated += await inflatedSize(again, entry, budget - inflated);
      if (inflated > budget) return { ok: false, problem: overBudget(inflated) };
    }
    return { ok: true, entries: zip.entryCount, uncompressed: inflated };
  } catch (e) {
    // yauzl stops an entry that inflates past its declared size: a crafted header, not a damaged file.
    const lied = e instanceof Error && /too many bytes in the stream/.test(e.message);
    return { ok: false, problem: lied ? 'archive_size_mismatch' : 'archive_unreadable' };
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.removeListener('entry', onEntry);
      zip.removeListener('end', onEnd);
      zip.removeListener('error', onError);
    };
    const onEntry = (entry: yauzl.Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    zip.once('entry', onEntry);
    zip.once('end', onEnd);
    zip.once('error', onError);
    zip.readEntry();
  });
}
