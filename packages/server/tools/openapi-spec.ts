import type { OpenAPIV3 } from 'openapi-types';
import { createClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { connect } from '../src/db/database.js';
import { buildApp } from '../src/http/app.js';
import { createLogger } from '../src/logger.js';

/**
 * The API's OpenAPI document as `/api/v1/openapi.json` serves it, built from the route table without a database:
 * building the app runs no query, and the pool behind it never connects.
 */
export async function buildOpenApiSpec(): Promise<OpenAPIV3.Document> {
  const handle = connect('postgres://nobody@127.0.0.1:1/none', false, async () => {});
  const config = loadConfig({ NODE_ENV: 'test', CCHC_DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent' });
  const log = createLogger({ logLevel: 'silent', logFormat: 'json' });
  const app = await buildApp({ config, db: handle.db, pool: handle.pool, clock: createClock(new Date(0)), log });
  try {
    await app.ready();
    return app.swagger() as OpenAPIV3.Document;
  } finally {
    await app.close();
    await handle.close();
  }
}
