import { defineConfig } from 'vitest/config';

// Projects: the pure domain suite, the server suite on the embedded PostgreSQL, the same server suite on an
// external PostgreSQL when TEST_DATABASE_URL is set, and the browser suite when Debian's Chromium is present.
// scripts/test.mjs decides which run and says why the others were skipped.
export default defineConfig({
  test: {
    projects: ['packages/domain'],
  },
});
