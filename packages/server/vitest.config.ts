import { defineProject } from 'vitest/config';

// The server suite talks to a real PostgreSQL: the embedded one by default, TEST_DATABASE_URL's in `server-pg`.
export const serverTestConfig = (name: string, dbKind: 'embedded' | 'external') =>
  defineProject({
    root: import.meta.dirname,
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      exclude: ['test/e2e/**'],
      globalSetup: ['test/support/global-setup.ts'],
      env: { CCHC_TEST_DB: dbKind },
      // Tests that spawn `cchc` or a server wait for real processes on a possibly busy 2-core machine: the
      // process's own timeout (runCli: 120 s) decides, not a tight test timeout.
      testTimeout: 150_000,
      hookTimeout: 150_000,
    },
  });

export default serverTestConfig('server', 'embedded');
