import path from 'node:path';
import type { Config } from '../config.js';
import { type FileStore, folderFileStore } from './file-store.js';
import { s3FileStore } from './s3-file-store.js';

/**
 * Where uploaded files are stored by content hash: an S3-compatible bucket when `CCHC_FILES_S3_BUCKET` is set, else
 * the folder `CCHC_FILES_DIR` (by default `<data folder>/files`). Several app servers on one database share the
 * bucket or the folder (a network mount): a file is written once under its hash and never changed, so servers need
 * no lock to share it. Backups carry the files. One store per configuration, so one S3 client per process.
 */
export function fileStoreOf(config: Pick<Config, 'filesDir' | 'filesS3'>): FileStore {
  const known = stores.get(config);
  if (known) return known;
  const store = config.filesS3
    ? s3FileStore(config.filesS3, path.join(config.filesDir, 'tmp'))
    : folderFileStore(config.filesDir);
  stores.set(config, store);
  return store;
}

const stores = new WeakMap<object, FileStore>();
