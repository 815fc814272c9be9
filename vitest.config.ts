import { defineConfig } from 'vitest/config';

// Projects: the pure domain suite, the server suite on the embedded PostgreSQL, the same suite on an external
// PostgreSQL (TEST_DATABASE_URL), and the browser suite. scripts/test.mjs picks the ones this machine can run
// and says why it skipped the others.
export default defineConfig({
  test: {
    projects: [
      'packages/domain/vitest.config.ts',
      'packages/server/vitest.config.ts',
      'packages/server/vitest.pg.config.ts',
      'packages/server/vitest.e2e.config.ts',
    ],
  },
});
