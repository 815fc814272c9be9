import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Projects: the pure domain suite, the server suite on the embedded PostgreSQL, the same suite on an external
// PostgreSQL (TEST_DATABASE_URL), and the browser suite. scripts/test.mjs picks the ones this machine can run
// and says why it skipped the others.
export default defineConfig({
  test: {
    // Vitest's default is one worker per core less one: a single file at a time on 2 cores. Our files mostly wait
    // on PostgreSQL, spawned servers and CLI processes, so three at a time keep both cores busy (the browser suite
    // still runs its files one after the other).
    maxWorkers: Math.max(3, os.availableParallelism() - 1),
    projects: [
      'packages/domain/vitest.config.ts',
      'packages/server/vitest.config.ts',
      'packages/server/vitest.pg.config.ts',
      'packages/server/vitest.e2e.config.ts',
    ],
  },
});
