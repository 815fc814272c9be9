import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OFFICIAL_CALENDAR_2026 } from '@cchc/domain';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { cliEnv, cliTestTimeout, runCli, startServe } from './support/cli-process.js';
import { TestClient } from './support/test-app.js';

const embeddedOnly = inject('dbKind') === 'embedded' ? describe : describe.skip;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-calendar-cli-'));
fs.chmodSync(work, 0o755);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The 2026 days off that fall Monday to Friday, as the official notice lists them. */
const WEEKDAYS_OFF_2026 = OFFICIAL_CALENDAR_2026.daysOff
  .map((d) => d.date)
  .filter((date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()));

// Each case spawns the CLI (and an embedded PostgreSQL): each spawn's own timeout decides (cliTestTimeout).

embeddedOnly('cchc calendar', () => {
  const fresh = path.join(work, 'fresh');

  it(
    'lists the 2026 holidays as text, with weekdays and reasons',
    () => {
      const r = runCli(['calendar', 'holidays', '2026'], cliEnv(fresh));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Lịch năm 2026, phiên bản 0: dữ liệu chính thức có sẵn của cchc');
      expect(r.stdout).toMatch(/2026-02-17 {2}Thứ Ba {4}Tết Nguyên đán \(mùng 1\)/);
      expect(r.stdout).toMatch(/Ngày làm bù \(1\):\n {2}2026-01-10 {2}Thứ Bảy {3}Làm bù cho ngày nghỉ 02\/01\/2026/);
      for (const date of WEEKDAYS_OFF_2026) expect(r.stdout).toContain(`  ${date}  `);
    },
    cliTestTimeout(1),
  );

  it(
    'lists them as JSON with --json',
    () => {
      const r = runCli(['calendar', 'holidays', '2026', '--json'], cliEnv(fresh));
      expect(r.status).toBe(0);
      const listing = JSON.parse(r.stdout);
      expect(listing).toMatchObject({ year: 2026, version: 0, source: 'built_in' });
      expect(listing.nonWorkingWeekdays.map((d: { date: string }) => d.date)).toEqual(WEEKDAYS_OFF_2026);
      expect(listing.makeUpWorkingDays).toEqual([
        expect.objectContaining({ date: '2026-01-10', weekday: 'Thứ Bảy', reason: 'Làm bù cho ngày nghỉ 02/01/2026' }),
      ]);
    },
    cliTestTimeout(1),
  );

  it(
    'computes a due moment across Tết 2026 in Vietnam local time',
    () => {
      const r = runCli(['calendar', 'due', '--from', '2026-02-12T10:00', '--days', '3'], cliEnv(fresh));
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('2026-02-24T10:00:00+07:00\n');
      const hours = runCli(
        ['calendar', 'due', '--from', '2026-02-13T16:00', '--days', '0', '--hours', '2'],
        cliEnv(fresh),
      );
      expect(hours.stdout).toBe('2026-02-23T08:00:00+07:00\n');
    },
    cliTestTimeout(2),
  );

  it(
    'refuses bad input with a message on stderr and exit code 2',
    () => {
      const cases = [
        [['calendar', 'holidays', 'hai-nghin'], 'năm phải là số nguyên'],
        [['calendar', 'holidays'], 'năm phải là số nguyên'],
        [['calendar', 'due', '--from', '12/02/2026 10:00', '--days', '3'], '--from phải có dạng'],
        [['calendar', 'due', '--from', '2026-02-12T10:00', '--days', '1.5'], '--days phải là số nguyên'],
        [['calendar', 'due', '--from', '2026-02-12T10:00'], 'cần --days'],
      ] as const;
      for (const [args, message] of cases) {
        const r = runCli([...args], cliEnv(fresh));
        expect(r.status).toBe(2);
        expect(r.stderr).toContain(message);
        expect(r.stdout).toBe('');
      }
    },
    cliTestTimeout(5),
  );

  it(
    "reads the database's current data: an admin's new day off and a ward's office hours",
    async () => {
      const dir = path.join(work, 'served');
      const app = await startServe(dir);
      const admin = new TestClient(app.url);
      await admin.login('thanhpho.admin');
      const body = { date: '2026-08-31', reason: 'Nghỉ hoán đổi', noticeNumber: '4321/TB-BNV' };
      expect((await admin.post('/api/v1/calendar/days-off', body)).status).toBe(201);
      const ward = new TestClient(app.url);
      await ward.login('haiduong.admin');
      const hours = { periods: [{ from: '08:00', to: '12:00' }], saturdayCounter: null };
      expect((await ward.request('PUT', '/api/v1/calendar/office-hours', hours)).status).toBe(200);
      await app.stop();

      const listing = JSON.parse(runCli(['calendar', 'holidays', '2026', '--json'], cliEnv(dir)).stdout);
      expect(listing).toMatchObject({ version: 1, source: 'stored' });
      expect(listing.nonWorkingWeekdays).toContainEqual(
        expect.objectContaining({ date: '2026-08-31', notice: { number: '4321/TB-BNV', title: '' } }),
      );
      const national = runCli(['calendar', 'due', '--from', '2026-08-28T10:00', '--days', '1'], cliEnv(dir));
      expect(national.stdout).toBe('2026-09-03T10:00:00+07:00\n');
      const args = ['calendar', 'due', '--from', '2026-08-28T11:00', '--hours', '2', '--tenant', 'hai-duong'];
      expect(runCli(args, cliEnv(dir)).stdout).toBe('2026-09-03T09:00:00+07:00\n');
      const unknown = runCli(
        ['calendar', 'due', '--from', '2026-08-31T10:00', '--days', '1', '--tenant', 'x'],
        cliEnv(dir),
      );
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('không có phường/xã với mã "x"');
    },
    cliTestTimeout(5),
  );
});
