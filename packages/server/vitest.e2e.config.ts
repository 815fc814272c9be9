import { defineProject } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core against the real server and the built UI.
export default defineProject({
  root: import.meta.dirname,
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    env: { CCHC_TEST_DB: 'embedded' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // After the other suites, alone: a browser's clicks and its server share the cores with nothing else.
    sequence: { groupOrder: 1 },
  },
});
