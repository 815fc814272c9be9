#!/usr/bin/env node
// Runs the built CLI; in a checkout that has not been built yet, runs the TypeScript sources through tsx.
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const built = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  register('tsx/esm', import.meta.url);
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
