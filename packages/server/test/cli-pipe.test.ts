// The command line as a tool people pipe: data alone on stdout, logs on stderr; a fresh data folder gets the
// first-start data before a command needs the ward; "no ward" and "several wards" are two different messages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cliEnv, cliTestTimeout, runCli } from './support/cli-process.js';
import { createWard } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const embeddedOnly = inject('dbKind') === 'embedded' ? describe : describe.skip;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cli-pipe-'));
fs.chmodSync(work, 0o755);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

embeddedOnly('a fresh data folder', () => {
  it(
    'gets the first-start ward before `cchc indicators --json`, whose stdout is JSON alone while logs go to stderr',
    () => {
      // CCHC_NOW makes the runtime log a warning: it must land on stderr, not in the JSON.
      const env = cliEnv(path.join(work, 'fresh'), { CCHC_NOW: '2026-04-02T09:00:00+07:00' });
      const r = runCli(['indicators', '--period', '2026-03', '--json'], env);
      expect(r.status).toBe(0);
      const printed = JSON.parse(r.stdout);
      expect(printed.indicators.map((i: { code: string }) => i.code)).toContain('2.1');
      expect(r.stderr).toContain('CCHC_NOW');
      const report = path.join(work, 'report.docx');
      const generated = runCli(['report', 'generate', '--period', '2026-Q1', '--out', report], env);
      expect(generated.status).toBe(0);
      expect(fs.statSync(report).size).toBeGreaterThan(1000);
    },
    cliTestTimeout(2),
  );

  it(
    'says there is no ward when first-start data is switched off',
    () => {
      const r = runCli(['indicators', '--period', '2026-03'], cliEnv(path.join(work, 'empty'), { CCHC_SEED: 'false' }));
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('CSDL chưa có phường/xã nào');
      expect(r.stderr).not.toContain('chọn một bằng --tenant');
    },
    cliTestTimeout(1),
  );
});

describe('picking the ward', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await createWard(t.db, 'tan-hung');
  });
  afterAll(() => t.close());

  it(
    'lists the wards to choose from when there are several, and names an unknown code',
    () => {
      const env = cliEnv(t.dataDir, { DATABASE_URL: t.databaseUrl });
      const several = runCli(['indicators', '--period', '2026-03'], env);
      expect(several.status).toBe(2);
      expect(several.stderr).toContain('có 2 phường/xã (hai-duong, tan-hung): chọn một bằng --tenant <mã>');
      const unknown = runCli(['report', 'generate', '--period', '2026-Q1', '--tenant', 'x', '--out', 'x.docx'], env);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('không có phường/xã với mã "x"');
      const city = runCli(['indicators', '--period', '2026-03', '--tenant', 'hai-phong'], env);
      expect(city.stderr).toContain('không có phường/xã với mã "hai-phong"');
    },
    cliTestTimeout(3),
  );
});
