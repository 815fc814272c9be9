import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedUnitId } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// 2026 around the April holidays: Giỗ Tổ moved to Mon 27/04 (25–27/04 off), then 30/04–03/05 off.
// A feedback received Fri 24/04 10:00 may be rejected until Wed 29/04, asked about until Wed 06/05, answered
// until Wed 20/05; an answer approved Wed 29/04 16:00 must be published by Tue 05/05.
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const FRIDAY = vn('2026-04-24 10:00');

let t: TestApp;
let ttpvhcc: string;
let vhxh: string;
beforeAll(async () => {
  t = await startTestApp({ now: FRIDAY });
  ttpvhcc = await seedUnitId(t.db, 'TTPVHCC');
  vhxh = await seedUnitId(t.db, 'VHXH');
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(FRIDAY));

/**
 * Gives the tests of a describe a database of their own: they change what every deadline reads (the calendar, the
 * ward's settings), which the other tests, in whatever order they run, must not see.
 */
function withOwnDatabase() {
  let shared: TestApp;
  beforeAll(async () => {
    shared = t;
    t = await startTestApp({ now: FRIDAY });
  });
  afterAll(async () => {
    await t.close();
    t = shared;
  });
}

/** A letter entered at Friday 10:00 into a unit's queue; returns its id. */
async function receive(unitId = ttpvhcc): Promise<string> {
  const res = await (await t.loginAs(desk)).post('/api/v1/feedback', {
    channel: 'letter',
    category: 'procedure',
    title: 'Thời gian trả kết quả',
    text: 'Đề nghị rút ngắn thời gian trả kết quả chứng thực chữ ký.',
    unitId,
    receivedAt: FRIDAY.toISOString(),
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

// Sessions last days and the clock moves by weeks: each step logs in at its own time.
const desk = 'haiduong.motcua';
const canbo = 'haiduong.canbo';
const head = 'haiduong.truongphong';

async function actAt(local: string, username: string, id: string, action: string, body: unknown) {
  t.clock.set(vn(local));
  const res = await (await t.loginAs(username)).post(`/api/v1/feedback/${id}/${action}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const detailAt = async (local: string, id: string) => {
  t.clock.set(vn(local));
  return (await (await t.loginAs(desk)).get(`/api/v1/feedback/${id}`)).body;
};
/** A pending deadline to the minute: the clock keeps running between the moments a test sets. */
const dueOf = (detail: { deadlines: { kind: string; due: string }[] }, kind: string) =>
  detail.deadlines.find((d) => d.kind === kind)?.due.slice(0, 16);
const minute = (local: string) => vn(local).toISOString().slice(0, 16);
const answer = { answer: 'Trung tâm tiếp thu, sẽ trả kết quả trong ngày làm việc.' };

describe('the four deadlines on working days around a holiday', () => {
  it('computes them from the Friday before the holidays', async () => {
    const detail = await detailAt('2026-04-24 10:00', await receive());
    expect(detail.deadlines).toEqual([
      { kind: 'reject', due: vn('2026-04-29 10:00').toISOString(), state: 'within' },
      { kind: 'info_request', due: vn('2026-05-06 10:00').toISOString(), state: 'within' },
      { kind: 'answer', due: vn('2026-05-20 10:00').toISOString(), state: 'within' },
    ]);
  });

  it('rejects in time on Wed 29/04, late on Mon 04/05 (the days off do not count)', async () => {
    const inTime = await actAt('2026-04-29 16:00', desk, await receive(), 'reject', {
      reason: 'out_of_scope',
      note: 'Không thuộc thẩm quyền của phường.',
    });
    expect(inTime.timing).toEqual({ onTime: true, steps: { reject: 'on_time' } });
    const late = await actAt('2026-05-04 08:00', desk, await receive(), 'reject', {
      reason: 'out_of_scope',
      note: 'Không thuộc thẩm quyền của phường.',
    });
    expect(late.timing).toEqual({ onTime: false, steps: { reject: 'late' } });
  });

  it('shows the rejection deadline due soon on Tue 28/04 and overdue on Mon 04/05', async () => {
    const id = await receive();
    expect((await detailAt('2026-04-28 09:00', id)).deadlines[0]).toMatchObject({ kind: 'reject', state: 'due_soon' });
    expect((await detailAt('2026-05-04 09:00', id)).deadlines[0]).toMatchObject({ kind: 'reject', state: 'overdue' });
  });

  it('asks for more in time on Wed 06/05, late on Thu 07/05', async () => {
    const inTime = await actAt('2026-05-06 15:00', desk, await receive(), 'request-info', {
      text: 'Đề nghị cho biết số hồ sơ.',
    });
    expect(inTime.timing.steps.info_request).toBe('on_time');
    const late = await actAt('2026-05-07 08:00', desk, await receive(), 'request-info', {
      text: 'Đề nghị cho biết số hồ sơ.',
    });
    expect(late.timing.steps.info_request).toBe('late');
  });

  it('answers in time up to Wed 20/05, and a transfer on Wed 29/04 14:00 restarts the clock to Fri 22/05', async () => {
    const plain = await receive();
    const transferred = await receive(vhxh);
    const moved = await actAt('2026-04-29 14:00', desk, transferred, 'transfer', { unitId: ttpvhcc });
    expect(dueOf(moved, 'answer')).toBe(minute('2026-05-22 14:00'));
    expect(dueOf(moved, 'reject')).toBe(minute('2026-04-29 10:00'));

    for (const id of [plain, transferred]) {
      await actAt('2026-05-21 09:00', canbo, id, 'submit-answer', answer);
      await actAt('2026-05-21 10:00', head, id, 'approve', { publish: true });
    }
    expect((await detailAt('2026-05-21 11:00', plain)).timing).toEqual({
      onTime: false,
      steps: { answer: 'late', publish: 'on_time' },
    });
    expect((await detailAt('2026-05-21 11:00', transferred)).timing).toEqual({
      onTime: true,
      steps: { answer: 'on_time', publish: 'on_time' },
    });
  });

  it('counts an answer as given when the head approves it, not when the unit drafts it', async () => {
    const id = await receive();
    await actAt('2026-05-20 09:00', canbo, id, 'submit-answer', answer);
    const approved = await actAt('2026-05-21 08:00', head, id, 'approve', {});
    expect(approved.timing.steps.answer).toBe('late');
  });

  it('publishes within 2 working days of the approval: Tue 05/05 in time, Wed 06/05 late', async () => {
    const ids = [await receive(), await receive()];
    for (const id of ids) {
      await actAt('2026-04-29 15:00', canbo, id, 'submit-answer', answer);
      const approved = await actAt('2026-04-29 16:00', head, id, 'approve', {});
      expect(dueOf(approved, 'publish')).toBe(minute('2026-05-05 16:00'));
    }
    const publish = (p: { publicTitle: string; publicText: string; publicAnswer: string }) => p;
    const version = publish({
      publicTitle: 'Thời gian trả kết quả',
      publicText: 'Đề nghị rút ngắn thời gian trả kết quả.',
      publicAnswer: answer.answer,
    });
    expect((await actAt('2026-05-05 16:30', head, ids[0] ?? '', 'publish', version)).timing.steps.publish).toBe(
      'on_time',
    );
    expect((await actAt('2026-05-06 08:00', head, ids[1] ?? '', 'publish', version)).timing.steps.publish).toBe('late');
  });
});

describe('a day off the city adds', () => {
  withOwnDatabase();

  it('moves the open deadlines when the city adds a day off', async () => {
    const id = await receive();
    const city = await t.loginAs('thanhpho.admin');
    const added = await city.post('/api/v1/calendar/days-off', {
      date: '2026-05-11',
      reason: 'Nghỉ bù (thử nghiệm)',
      noticeNumber: '01/TB-TEST',
    });
    expect(added.status).toBe(201);
    expect(added.body.recomputed.byName.feedback).toBeGreaterThan(0);
    expect(dueOf(await detailAt('2026-04-24 11:00', id), 'answer')).toBe(minute('2026-05-21 10:00'));
  });
});

describe('deadline settings', () => {
  withOwnDatabase();

  it('recomputes open feedback when the ward changes its deadlines', async () => {
    const id = await receive();
    const admin = await t.loginAs('haiduong.admin');
    const res = await admin.request('PUT', '/api/v1/feedback/settings', {
      rejectDays: 3,
      infoRequestDays: 5,
      answerDays: 10,
      publishDays: 2,
      remindBefore: 1,
      intakeUnitId: null,
    });
    expect(res.status).toBe(200);
    expect(res.body.recomputed).toBeGreaterThan(0);
    const detail = await detailAt('2026-04-24 11:00', id);
    expect(dueOf(detail, 'reject')).toBe(minute('2026-05-04 10:00'));
    expect((await (await t.loginAs(canbo)).request('PUT', '/api/v1/feedback/settings', {})).status).toBe(403);
  });
});
