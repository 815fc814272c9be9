import { OFFICIAL_CALENDAR_2026 } from '@cchc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWard } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let other: Awaited<ReturnType<typeof createWard>>;
beforeAll(async () => {
  t = await startTestApp();
  other = await createWard(t.db, 'an-phu', ['ward_admin']);
});
afterAll(() => t.close());

const put = (c: TestClient, path: string, body: unknown) => c.request('PUT', path, body);
const due = (c: TestClient, query: string) => c.get(`/api/v1/calendar/due?${query}`);
const dates = (days: { date: string }[]) => days.map((d) => d.date);

describe('GET /calendar/years/:year', () => {
  it('shows every verified 2026 day off and make-up day with its reason and notice', async () => {
    const res = await (await t.loginAs('haiduong.canbo')).get('/api/v1/calendar/years/2026');
    expect(res.status).toBe(200);
    expect(dates(res.body.daysOff)).toEqual(OFFICIAL_CALENDAR_2026.daysOff.map((d) => d.date));
    expect(dates(res.body.makeUpDays)).toEqual(['2026-01-10']);
    for (const expected of OFFICIAL_CALENDAR_2026.daysOff) {
      const day = res.body.daysOff.find((d: { date: string }) => d.date === expected.date);
      expect(day).toMatchObject({
        reason: expected.reason,
        source: 'official',
        notice: { title: expected.notice?.title },
      });
    }
    expect(res.body.makeUpDays[0]).toMatchObject({ weekday: 6, reason: 'Làm bù cho ngày nghỉ 02/01/2026' });
    expect(res.body.version).toMatchObject({ number: 0, source: 'built_in' });
    expect(res.body.changes).toEqual([]);
    expect(res.body.permissions).toEqual({ editNational: false, editOfficeHours: false });
  });

  it('computes a year without official data from the Labour Code, Tết 2027 included', async () => {
    const res = await (await t.loginAs('haiduong.canbo')).get('/api/v1/calendar/years/2027');
    expect(res.body.version).toMatchObject({ number: 0, source: 'labour_code' });
    expect(dates(res.body.daysOff)).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-06', '2027-02-09']));
    expect(res.body.daysOff.every((d: { source: string }) => d.source === 'labour_code')).toBe(true);
  });

  it('tells each admin what it may edit', async () => {
    const city = await (await t.loginAs('thanhpho.admin')).get('/api/v1/calendar/years/2026');
    expect(city.body.permissions).toEqual({ editNational: true, editOfficeHours: true });
    const ward = await (await t.loginAs('haiduong.admin')).get('/api/v1/calendar/years/2026');
    expect(ward.body.permissions).toEqual({ editNational: false, editOfficeHours: true });
  });

  it('asks for a login and refuses a year out of range with a field message', async () => {
    expect((await t.client().get('/api/v1/calendar/years/2026')).status).toBe(401);
    const bad = await (await t.loginAs('haiduong.canbo')).get('/api/v1/calendar/years/20266');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['year']);
  });
});

describe('GET /calendar/due', () => {
  it('skips the Tết 2026 break: Thu 12/02 10:00 + 3 working days is Tue 24/02 10:00', async () => {
    const res = await due(await t.loginAs('haiduong.canbo'), 'from=2026-02-12T10:00&days=3');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-02-12T10:00:00+07:00', due: '2026-02-24T10:00:00+07:00' });
    expect(res.body.calendarVersion).toMatch(/^[0-9a-f]{14}$/);
  });

  it('counts hours inside office hours and adds days and hours together', async () => {
    const c = await t.loginAs('haiduong.canbo');
    expect((await due(c, 'from=2026-03-20T16:00&hours=2')).body.due).toBe('2026-03-23T08:00:00+07:00');
    expect((await due(c, 'from=2026-03-20T16:00&days=1&hours=2')).body.due).toBe('2026-03-24T08:00:00+07:00');
    expect((await due(c, 'from=2026-03-20T09:00:00Z&days=1')).body.due).toBe('2026-03-23T16:00:00+07:00');
  });

  it('answers 400 with the field at fault', async () => {
    const c = await t.loginAs('haiduong.canbo');
    const badFrom = await due(c, 'from=2026-02-30T10:00&days=1');
    expect(badFrom.status).toBe(400);
    expect(Object.keys(badFrom.body.error.fields)).toEqual(['from']);
    const noLimit = await due(c, 'from=2026-02-12T10:00');
    expect(Object.keys(noLimit.body.error.fields)).toEqual(['days']);
    expect(Object.keys((await due(c, 'from=2026-02-12T10:00&days=-1')).body.error.fields)).toEqual(['days']);
  });
});

describe('PUT /calendar/office-hours', () => {
  const saturdayHours = {
    periods: [
      { from: '07:30', to: '11:30' },
      { from: '13:30', to: '17:30' },
    ],
    saturdayCounter: [{ from: '07:30', to: '11:30' }],
  };

  it("sets the ward admin's own hours only, audits the change and moves the ward's due moments", async () => {
    const admin = await t.loginAs('haiduong.admin');
    const res = await put(admin, '/api/v1/calendar/office-hours', saturdayHours);
    expect(res.status).toBe(200);
    expect(res.body.officeHours).toEqual(saturdayHours);

    const mine = await (await t.loginAs('haiduong.canbo')).get('/api/v1/calendar/years/2026');
    expect(mine.body.officeHours).toEqual(saturdayHours);
    const theirs = await (await t.loginAs(other.usernames.ward_admin ?? '')).get('/api/v1/calendar/years/2026');
    expect(theirs.body.officeHours.periods).toEqual([
      { from: '07:00', to: '11:30' },
      { from: '13:30', to: '17:00' },
    ]);
    // 1.5 h from Fri 16:00 runs out at this ward's closing time, 17:30; the other ward closes at 17:00.
    expect((await due(admin, 'from=2026-03-20T16:00&hours=1.5')).body.due).toBe('2026-03-20T17:30:00+07:00');
    const otherAdmin = await t.loginAs(other.usernames.ward_admin ?? '');
    expect((await due(otherAdmin, 'from=2026-03-20T16:00&hours=1.5')).body.due).toBe('2026-03-23T07:30:00+07:00');

    const audit = await t.db.selectFrom('audit_events').selectAll().where('entity', '=', 'office_hours').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toEqual(saturdayHours);
  });

  it('refuses officers and the chairman with 403', async () => {
    for (const username of ['haiduong.canbo', 'haiduong.chutich', 'haiduong.vhxh']) {
      const res = await put(await t.loginAs(username), '/api/v1/calendar/office-hours', saturdayHours);
      expect(res.status).toBe(403);
    }
  });

  it('refuses malformed or overlapping periods with field messages', async () => {
    const admin = await t.loginAs('haiduong.admin');
    const officer = await t.loginAs('haiduong.canbo');
    const before = (await officer.get('/api/v1/calendar/years/2026')).body.officeHours;
    const malformed = await put(admin, '/api/v1/calendar/office-hours', { periods: [{ from: '7h', to: '11:30' }] });
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.body.error.fields).sort()).toEqual(['periods.0.from', 'saturdayCounter']);
    const overlap = await put(admin, '/api/v1/calendar/office-hours', {
      periods: [
        { from: '07:00', to: '12:00' },
        { from: '11:00', to: '17:00' },
      ],
      saturdayCounter: null,
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.fields.periods).toBe(
      'Các khoảng giờ phải theo thứ tự, không chồng lấn, giờ kết thúc sau giờ bắt đầu.',
    );
    // The hours stay as they were, whether or not the test above set this ward's own.
    const still = await officer.get('/api/v1/calendar/years/2026');
    expect(still.body.officeHours).toEqual(before);
  });
});
