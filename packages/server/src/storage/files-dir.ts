import type { Config } from '../config.js';

/**
 * Where uploaded files are stored by content hash: `CCHC_FILES_DIR`, by default `<data folder>/files`. Several app
 * servers on one database share one folder (a network mount): a file is written once under its hash and never
 * changed, so servers need no lock to share it. Backups carry this folder.
 */
export const storedFilesDir = (config: Pick<Config, 'filesDir'>) => config.filesDir;
