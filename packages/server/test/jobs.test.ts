import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob } from '../src/jobs/job.js';
import { type JobRunner, startJobs } from '../src/jobs/job-runner.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let runner: JobRunner;
const seen: string[] = [];
const echo = defineJob({
  name: 'test-echo',
  payload: z.object({ word: z.string().min(1) }),
  retryLimit: 0,
  handler: async ({ word }) => {
    seen.push(word);
  },
});

beforeAll(async () => {
  t = await startTestApp();
  runner = await startJobs(t.deps, t.databaseUrl, [echo]);
});
afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
}

describe('background jobs', () => {
  it('runs a queued job with its validated payload, and never runs one whose payload is malformed', async () => {
    await runner.send('test-echo', { word: '' });
    await runner.send('test-echo', { word: 'xin-chào' });
    await until(() => seen.includes('xin-chào'));
    await new Promise((r) => setTimeout(r, 500));
    expect(seen).toEqual(['xin-chào']);
  });
});
