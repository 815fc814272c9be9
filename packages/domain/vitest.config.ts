import { defineProject } from 'vitest/config';

// Property and fuzz tests run thousands of cases: on a busy 2-core machine they need more than Vitest's 5 s.
export default defineProject({
  root: import.meta.dirname,
  test: { name: 'domain', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
