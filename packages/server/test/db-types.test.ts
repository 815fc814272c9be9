import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, type DatabaseHandle } from '../src/db/database.js';
import { GENERATED_FILE, generateDbTypes } from '../tools/db-types.js';
import { adminQuery, withDatabase } from './support/global-setup.js';

// A copy of the migrated template: the template itself must stay free of sessions so other files can copy it.
let handle: DatabaseHandle;
beforeAll(async () => {
  const adminUrl = inject('adminUrl');
  const name = `cchc_t_${inject('runId')}_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject('templateDb')}`);
  handle = connect(withDatabase(adminUrl, name), false, () =>
    adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
});
afterAll(() => handle?.close());

/** The lines only one side has, marked - (committed) and + (from the schema), the first few of each. */
function lineDiff(committed: string, fresh: string): string {
  const a = committed.split('\n');
  const b = fresh.split('\n');
  const gone = a.filter((l) => !b.includes(l)).map((l) => `- ${l}`);
  const added = b.filter((l) => !a.includes(l)).map((l) => `+ ${l}`);
  return [...gone.slice(0, 20), ...added.slice(0, 20)].join('\n');
}

describe('the database types', () => {
  it('are what kysely-codegen generates from the migrated schema (src/db/generated.ts)', async () => {
    const fresh = await generateDbTypes(handle.db);
    const committed = fs.readFileSync(GENERATED_FILE, 'utf8');
    if (fresh !== committed) {
      expect.fail(
        `src/db/generated.ts differs from the migrated schema: run \`npm run db:types\` and commit the file.\n${lineDiff(committed, fresh)}`,
      );
    }
  });
});
