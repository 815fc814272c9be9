import { OFFICIAL_CALENDAR_2026 } from '@cchc/domain';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RecomputeContext, registerDeadlineRecomputer } from '../src/modules/calendar/recompute.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let city: TestClient;
let wardId: string;
/** A database of its own with the built-in calendar: the version numbers and change logs below are counted. */
async function openCity() {
  t = await startTestApp();
  city = await t.loginAs('thanhpho.admin');
  wardId = (await t.db.selectFrom('tenants').select('id').where('code', '=', 'hai-duong').executeTakeFirstOrThrow()).id;
}
const closeCity = () => t?.close();

const NOTICE = { noticeNumber: '4321/TB-BNV', noticeTitle: 'Thông báo nghỉ lễ Quốc khánh năm 2026' };
const remove = (c: TestClient, path: string, body: unknown) => c.request('DELETE', `/api/v1/calendar/${path}`, body);
const year = async (y: number) => (await city.get(`/api/v1/calendar/years/${y}`)).body;
const dueAfter = async (from: string, days: number) =>
  (await city.get(`/api/v1/calendar/due?from=${from}&days=${days}`)).body.due;
const storedVersions = async () => (await t.db.selectFrom('calendar_year_versions').select('version').execute()).length;

let unregister = () => {};
afterEach(() => unregister());

// Each edit counts versions from the built-in calendar, so each test starts from it and makes the edits it builds on.
describe('national edits by the city admin', () => {
  beforeEach(openCity);
  afterEach(closeCity);

  const addDayOff = () =>
    city.post('/api/v1/calendar/days-off', { date: '2026-08-31', reason: 'Nghỉ hoán đổi', ...NOTICE });
  const addMakeUpDay = () =>
    city.post('/api/v1/calendar/make-up-days', {
      date: '2027-02-20',
      reason: 'Làm bù ngày 12/02/2027',
      noticeNumber: '99/TB-BNV',
    });

  it('adds a day off: new version, change log, audit, moved due moments and recomputed deadlines', async () => {
    const seen: { change: RecomputeContext['change']; off: boolean }[] = [];
    unregister = registerDeadlineRecomputer('test-deadlines', async (context) => {
      const calendar = await context.calendarFor(wardId);
      seen.push({ change: context.change, off: !calendar.isWorkingDay('2026-08-31') });
      return 7;
    });
    const before = await year(2026);
    expect(await dueAfter('2026-08-28T10:00', 1)).toBe('2026-08-31T10:00:00+07:00');

    const res = await addDayOff();
    expect(res.status).toBe(201);
    // Other modules (tasks, feedback, dossiers) register their own recomputers; this test owns one of them.
    expect(res.body).toMatchObject({ year: 2026, version: 1 });
    expect(res.body.recomputed.byName['test-deadlines']).toBe(7);
    expect(res.body.recomputed.total).toBe(sumOf(res.body.recomputed.byName));
    expect(seen).toEqual([{ change: { scope: 'national', years: [2026] }, off: true }]);

    const after = await year(2026);
    expect(after.version).toMatchObject({ number: 1, source: 'stored' });
    expect(after.version.hash).not.toBe(before.version.hash);
    const expected = [...OFFICIAL_CALENDAR_2026.daysOff.map((d) => d.date), '2026-08-31'].sort();
    expect(after.daysOff.map((d: { date: string }) => d.date)).toEqual(expected);
    expect(after.daysOff.find((d: { date: string }) => d.date === '2026-08-31')).toMatchObject({
      reason: 'Nghỉ hoán đổi',
      notice: { number: '4321/TB-BNV' },
    });
    expect(after.changes).toEqual([
      expect.objectContaining({
        version: 1,
        action: 'add',
        kind: 'day_off',
        date: '2026-08-31',
        noticeNumber: '4321/TB-BNV',
        changedBy: expect.objectContaining({ name: 'Quản trị Thành phố' }),
      }),
    ]);
    expect(await dueAfter('2026-08-28T10:00', 1)).toBe('2026-09-03T10:00:00+07:00');
    const ward = await (await t.loginAs('haiduong.canbo')).get('/api/v1/calendar/due?from=2026-08-28T10:00&days=1');
    expect(ward.body.due).toBe('2026-09-03T10:00:00+07:00');

    const audit = await t.db.selectFrom('audit_events').selectAll().where('entity', '=', 'calendar_year').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'calendar.add_day_off', entity_id: '2026' });
  });

  it('removes it again on a notice: one more version, due moments back, old versions kept', async () => {
    expect((await addDayOff()).status).toBe(201);
    const res = await remove(city, 'days-off/2026-08-31', { noticeNumber: '4400/TB-BNV' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2026, version: 2 });
    expect(await dueAfter('2026-08-28T10:00', 1)).toBe('2026-08-31T10:00:00+07:00');
    const after = await year(2026);
    expect(after.changes.map((c: { version: number; action: string }) => [c.version, c.action])).toEqual([
      [2, 'remove'],
      [1, 'add'],
    ]);
    expect(await storedVersions()).toBe(2);
  });

  it('adds a make-up Saturday to a year without official data, on top of the Labour Code days', async () => {
    const res = await addMakeUpDay();
    expect(res.status).toBe(201);
    const y2027 = await year(2027);
    expect(y2027.makeUpDays).toEqual([expect.objectContaining({ date: '2027-02-20', source: 'official' })]);
    expect(y2027.replacesDefaults).toBe(false);
    expect(y2027.daysOff.map((d: { date: string }) => d.date)).toContain('2027-02-09');
    expect(await dueAfter('2027-02-19T10:00', 1)).toBe('2027-02-20T10:00:00+07:00');
  });

  it('makes the list official when a Labour Code day is removed, and the statutory floor keeps that day', async () => {
    expect((await addMakeUpDay()).status).toBe(201);
    const res = await remove(city, 'days-off/2027-09-01', {
      noticeNumber: '100/TB-BNV',
      noticeTitle: 'Quốc khánh 2027',
    });
    expect(res.status).toBe(200);
    const y2027 = await year(2027);
    expect(y2027.replacesDefaults).toBe(true);
    const off = y2027.daysOff.map((d: { date: string }) => d.date);
    // Labour Code 2019 Art. 112: Quốc khánh is 02/09 and one adjacent day in every year, whatever the data says.
    expect(y2027.daysOff.find((d: { date: string }) => d.date === '2027-09-01')).toMatchObject({
      source: 'labour_code',
    });
    expect(off).toEqual(expect.arrayContaining(['2027-01-01', '2027-02-09', '2027-09-02']));
    expect(y2027.makeUpDays.map((d: { date: string }) => d.date)).toEqual(['2027-02-20']);
  });
});

describe('refused edits store nothing', () => {
  beforeAll(openCity);
  afterAll(closeCity);

  it('answers 403 to the ward admin, the coordinator and an officer', async () => {
    const versions = await storedVersions();
    for (const username of ['haiduong.admin', 'haiduong.vhxh', 'haiduong.canbo']) {
      const c = await t.loginAs(username);
      const add = await c.post('/api/v1/calendar/days-off', { date: '2026-09-03', reason: 'Nghỉ', ...NOTICE });
      expect(add.status).toBe(403);
      expect((await remove(c, 'days-off/2026-09-02', NOTICE)).status).toBe(403);
      expect((await c.request('PUT', '/api/v1/calendar/settings', { cultureDay24Nov: true })).status).toBe(403);
    }
    expect(await storedVersions()).toBe(versions);
  });

  it('answers 400 with the fields at fault on malformed input', async () => {
    const versions = await storedVersions();
    const res = await city.post('/api/v1/calendar/days-off', { date: '2026-13-01', reason: ' ' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['date', 'noticeNumber', 'reason']);
    const noNotice = await remove(city, 'days-off/2026-09-02', { noticeNumber: '' });
    expect(Object.keys(noNotice.body.error.fields)).toEqual(['noticeNumber']);
    const weekday = await city.post('/api/v1/calendar/make-up-days', {
      date: '2026-03-18',
      reason: 'Làm bù',
      ...NOTICE,
    });
    expect(weekday.status).toBe(400);
    expect(weekday.body.error.fieldReasons).toEqual({ date: { code: 'make_up_not_weekend', values: {} } });
    expect(await storedVersions()).toBe(versions);
  });

  it('answers 409 for a day already listed and 404 for a day not listed', async () => {
    const versions = await storedVersions();
    const twice = await city.post('/api/v1/calendar/days-off', { date: '2026-09-02', reason: 'Quốc khánh', ...NOTICE });
    expect(twice.status).toBe(409);
    expect(twice.body.error.fieldReasons.date.code).toBe('already_day_off');
    expect((await remove(city, 'make-up-days/2026-01-17', NOTICE)).status).toBe(404);
    expect((await remove(city, 'days-off/2026-03-18', NOTICE)).status).toBe(404);
    expect(await storedVersions()).toBe(versions);
  });

  it('rolls the change back when a recomputer fails, so no deadline is left on the old calendar', async () => {
    const versions = await storedVersions();
    unregister = registerDeadlineRecomputer('test-broken', async () => {
      throw new Error('recompute failed');
    });
    const res = await city.post('/api/v1/calendar/days-off', { date: '2026-12-31', reason: 'Thử', ...NOTICE });
    expect(res.status).toBe(500);
    expect(await storedVersions()).toBe(versions);
    expect((await year(2026)).daysOff.map((d: { date: string }) => d.date)).not.toContain('2026-12-31');
  });
});

function sumOf(byName: Record<string, number>): number {
  return Object.values(byName).reduce((a, b) => a + b, 0);
}

describe('the 24/11 switch', () => {
  beforeAll(openCity);
  afterAll(closeCity);

  it('makes 24/11 a day off in years without a complete official list, and back', async () => {
    unregister = registerDeadlineRecomputer('test-switch', async (context) => (context.change.years === 'all' ? 3 : 0));
    const on = await city.request('PUT', '/api/v1/calendar/settings', { cultureDay24Nov: true });
    expect(on.body.cultureDay24Nov).toBe(true);
    expect(on.body.recomputed.byName['test-switch']).toBe(3);
    expect(on.body.recomputed.total).toBe(sumOf(on.body.recomputed.byName));
    expect((await year(2028)).daysOff.map((d: { date: string }) => d.date)).toContain('2028-11-24');
    expect((await year(2026)).daysOff.map((d: { date: string }) => d.date)).not.toContain('2026-11-24');
    await city.request('PUT', '/api/v1/calendar/settings', { cultureDay24Nov: false });
    expect((await year(2028)).cultureDay24Nov).toBe(false);
    expect((await year(2028)).daysOff.map((d: { date: string }) => d.date)).not.toContain('2028-11-24');
  });
});
