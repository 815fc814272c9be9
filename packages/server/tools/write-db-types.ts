// Regenerates src/db/generated.ts from the migrated schema: DATABASE_URL when set, else an embedded
// PostgreSQL in a scratch folder. Usage: npm run db:types
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { createLogger } from '../src/logger.js';
import { GENERATED_FILE, generateDbTypes } from './db-types.js';

const log = createLogger({ logLevel: 'warn', logFormat: 'json' });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-db-types-'));
fs.chmodSync(dataDir, 0o755); // the unprivileged server user must reach it when run as root
const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir }, log);
try {
  await migrate(handle.pool);
  fs.writeFileSync(GENERATED_FILE, await generateDbTypes(handle.db));
  process.stderr.write(`wrote ${path.relative(process.cwd(), GENERATED_FILE)}\n`);
} finally {
  await handle.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
