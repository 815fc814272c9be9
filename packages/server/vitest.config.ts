import { defineProject } from 'vitest/config';

// The server suite talks to a real PostgreSQL: the embedded one by default, TEST_DATABASE_URL's in `server-pg`.

/**
 * Files that never use the suite's database: they start their own clusters (two PostgreSQL 15 servers and a
 * standby; an embedded server they crash) or none (documents, corpora, the API types). On `server-pg` they would
 * run again exactly as on `server`, so they run once.
 */
const OWN_DATABASE_OR_NONE = [
  'test/two-servers-replica.test.ts',
  'test/db-restart.test.ts',
  'test/plan-cli-corpus.test.ts',
  'test/plan-corpus-formats.test.ts',
  'test/documents.test.ts',
  'test/documents-forms.test.ts',
  'test/documents-html.test.ts',
  'test/documents-xlsx.test.ts',
  'test/api-types.test.ts',
];

export const serverTestConfig = (name: string, dbKind: 'embedded' | 'external') =>
  defineProject({
    root: import.meta.dirname,
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      exclude: ['test/e2e/**', ...(dbKind === 'external' ? OWN_DATABASE_OR_NONE : [])],
      globalSetup: ['test/support/global-setup.ts'],
      env: { CCHC_TEST_DB: dbKind },
      // Tests that spawn `cchc` or a server wait for real processes on a possibly busy 2-core machine: the
      // process's own timeout (runCli: 120 s) decides, not a tight test timeout.
      testTimeout: 150_000,
      hookTimeout: 150_000,
    },
  });

export default serverTestConfig('server', 'embedded');
