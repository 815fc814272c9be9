#!/usr/bin/env node
// `npm test`: every suite this machine can run, one Vitest run, and a plain summary of what ran and what was
// skipped and why. Suites: domain (pure), server (embedded PostgreSQL), server-pg (TEST_DATABASE_URL), e2e
// (Debian's Chromium at /usr/bin/chromium, against the built UI).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfChanged } from './build-if-changed.mjs';

const projects = ['domain', 'server'];
const skipped = [];
if (process.env.TEST_DATABASE_URL) projects.push('server-pg');
else skipped.push('server-pg: TEST_DATABASE_URL is not set (the server suite ran on the embedded PostgreSQL only)');
if (fs.existsSync('/usr/bin/chromium')) projects.push('e2e');
else skipped.push('e2e: /usr/bin/chromium is missing (apt-get install chromium)');

// The browser tests need the built UI; an up-to-date build (same sources, see build-if-changed.mjs) is reused.
if (projects.includes('e2e')) {
  try {
    buildIfChanged({ only: ['web'] });
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-vitest-')), 'report.json');
const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), ...process.argv.slice(2)];
args.push(
  '--reporter=default',
  '--reporter=./scripts/suite-times-reporter.mjs',
  '--reporter=json',
  `--outputFile.json=${report}`,
);
const run = spawnSync('npx', args, { stdio: 'inherit' });

let summary = 'no report';
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  const skippedTests = r.numPendingTests + r.numTodoTests;
  summary = `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skippedTests} skipped`;
}
console.log(`\nSuites run: ${projects.join(', ')}`);
for (const s of skipped) console.log(`Skipped suite ${s}`);
console.log(`tests: ${summary}`);
process.exit(run.status ?? 1);
