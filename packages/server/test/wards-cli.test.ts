import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SEED_PLAN_FILE } from '../src/modules/plans/use-cases/import-seed-plan.js';
import { type CliResult, cliEnv, cliTestTimeout, runCli, startServe } from './support/cli-process.js';
import { sheetBase64 } from './support/sheets.js';

const embeddedOnly = inject('dbKind') === 'embedded' ? describe : describe.skip;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-wards-cli-'));
fs.chmodSync(work, 0o755);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const env = cliEnv(path.join(work, 'data'), { CCHC_PASSWORD: 'MatKhau@2026!' });
const cli = (...args: string[]) => runCli(args, env);

/**
 * Ngô Quyền (a ward) and Vĩnh Bảo (a commune) created on the clean install, and the list right after: made once, by
 * whichever test needs them first, so each test also runs alone or in any order. Three `cchc` spawns.
 */
let created: { ward: CliResult; commune: CliResult; list: CliResult } | undefined;
const CREATED_SPAWNS = 3;
const wardsCreated = () => {
  created ??= {
    ward: cli(
      'wards',
      'create',
      '--code',
      'ngo-quyen',
      '--name',
      'Phường Ngô Quyền',
      '--kind',
      'ward',
      '--agency-code',
      '000.00.20.H26',
      '--admin-username',
      'ngoquyen.admin',
      '--json',
    ),
    commune: cli('wards', 'create', '--code', 'vinh-bao', '--name', 'Xã Vĩnh Bảo', '--kind', 'commune'),
    list: cli('wards', 'list', '--json'),
  };
  return created;
};

embeddedOnly('cchc wards and cchc feed keys on a clean install', () => {
  it('creates a ward and a commune, lists them, and refuses bad input with exit code 2', {
    timeout: cliTestTimeout(CREATED_SPAWNS + 2),
  }, () => {
    const { ward, commune, list } = wardsCreated();
    expect(ward.status, ward.stderr).toBe(0);
    expect(JSON.parse(ward.stdout)).toMatchObject({ code: 'ngo-quyen', block: 'ward', agencyCode: '000.00.20.H26' });
    expect(commune.status, commune.stderr).toBe(0);
    expect(commune.stdout).toMatch(/Xã Vĩnh Bảo/);
    expect(list.status).toBe(0);
    const rows = JSON.parse(list.stdout) as { code: string; block: string; kind: string }[];
    expect(rows.map((r) => [r.code, r.kind, r.block]).sort()).toEqual([
      ['hai-duong', 'ward', 'ward'],
      ['ngo-quyen', 'ward', 'ward'],
      ['vinh-bao', 'commune', 'commune'],
    ]);
    const badKind = cli('wards', 'create', '--code', 'q1', '--name', 'Quận 1', '--kind', 'district');
    expect(badKind.status).toBe(2);
    expect(badKind.stderr).toMatch(/kind/);
    const taken = cli(
      'wards',
      'create',
      '--code',
      'q2',
      '--name',
      'Phường Q',
      '--kind',
      'ward',
      '--agency-code',
      '000.00.20.H26',
    );
    expect(taken.status).toBe(2);
    expect(taken.stderr).toMatch(/agencyCode.*ngo-quyen/);
  });

  it('imports a plan into the new ward with --tenant --dry-run --json', {
    timeout: cliTestTimeout(CREATED_SPAWNS + 1),
  }, () => {
    wardsCreated();
    const r = cli('plan', 'import', SEED_PLAN_FILE, '--tenant', 'ngo-quyen', '--dry-run', '--json');
    expect(r.status, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.tasks).toHaveLength(45);
  });

  it('imports the city sheet twice with the same result, and deactivates a ward', {
    timeout: cliTestTimeout(CREATED_SPAWNS + 7),
  }, async () => {
    wardsCreated(); // Ngô Quyền is in the sheet, unchanged
    const file = path.join(work, 'thanh-pho.xlsx');
    fs.writeFileSync(
      file,
      Buffer.from(
        await sheetBase64([
          ['code', 'name', 'kind', 'block', 'agency code', 'first admin'],
          ['do-son', 'Phường Đồ Sơn', 'ward', 'ward', 'H15.70.01', 'doson.admin'],
          ['ngo-quyen', 'Phường Ngô Quyền', 'ward', 'ward', '000.00.20.H26', null],
        ]),
        'base64',
      ),
    );
    const first = cli('wards', 'import', file, '--json');
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ created: 1, unchanged: 1, errors: 0 });
    const second = cli('wards', 'import', file, '--json');
    expect(JSON.parse(second.stdout)).toMatchObject({ created: 0, unchanged: 2, errors: 0 });
    const off = cli('wards', 'deactivate', 'do-son', '--json');
    expect(JSON.parse(off.stdout)).toMatchObject({ code: 'do-son', active: false });
    // A deactivated ward is read only from the console too: writes exit 2 and say why; a dry run still reads.
    const planWrite = cli('plan', 'import', SEED_PLAN_FILE, '--tenant', 'do-son');
    expect(planWrite.status).toBe(2);
    expect(planWrite.stderr).toMatch(/Phường Đồ Sơn đã ngừng hoạt động/);
    const user = cli(
      ...['users', 'create', '--tenant', 'do-son', '--username', 'doson.moi', '--full-name', 'Cán bộ mới'],
      ...['--roles', 'officer', '--password', 'DoSon@2026-mat-khau'],
    );
    expect(user.status).toBe(2);
    expect(user.stderr).toMatch(/ngừng hoạt động/);
    expect(cli('plan', 'import', SEED_PLAN_FILE, '--tenant', 'do-son', '--dry-run', '--json').status).toBe(0);
  });

  it('prints a feed key alone on the last line of stdout, once, which reads only its wards', {
    timeout: cliTestTimeout(CREATED_SPAWNS + 4),
  }, async () => {
    wardsCreated();
    const r = cli('feed', 'keys', 'create', '--name', 'IOC Hải Phòng', '--wards', 'ngo-quyen');
    expect(r.status, r.stderr).toBe(0);
    const key = r.stdout.trimEnd().split('\n').at(-1) ?? '';
    expect(key).toMatch(/^cchc_feed_[A-Za-z0-9_-]{32}$/);
    expect(r.stdout.trim()).toBe(key);
    const list = cli('feed', 'keys', 'list', '--json');
    expect(list.stdout).not.toContain(key);
    expect(cli('feed', 'keys', 'create', '--name', 'IOC', '--wards', 'no-such').status).toBe(2);
    const server = await startServe(path.join(work, 'data'));
    try {
      const res = await fetch(`${server.url}/api/v1/feed/indicators?period=2026-03`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { wards: { code: string }[] };
      expect(body.wards.map((w) => w.code)).toEqual(['ngo-quyen']);
    } finally {
      await server.stop();
    }
  });
});
