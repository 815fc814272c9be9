import path from 'node:path';
import type { Config } from '../config.js';

/** Where uploaded files are stored by content hash: `<data folder>/files`. Backups carry this folder. */
export const storedFilesDir = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'files');
