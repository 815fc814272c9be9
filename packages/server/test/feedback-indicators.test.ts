import { computeIndicators } from '@cchc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkingCalendar } from '../src/modules/calendar/service.js';
import { feedbackFigures } from '../src/modules/feedback/indicators.js';
import { readOptionalFigures } from '../src/modules/reports/providers.js';
import { seedUnitId } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// June 2026: nothing else happens in this ward that month.
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const JUNE = { from: '2026-06-01', to: '2026-06-30' };
const PUBLIC = '/api/v1/public/hai-duong/feedback';

let t: TestApp;
let ttpvhcc: string;
let tenantId: string;
let address = 0;
beforeAll(async () => {
  t = await startTestApp({ now: vn('2026-06-01 09:00') });
  ttpvhcc = await seedUnitId(t.db, 'TTPVHCC');
  tenantId = (await t.db.selectFrom('tenants').select('id').where('code', '=', 'hai-duong').executeTakeFirstOrThrow())
    .id;
});
afterAll(() => t.close());

/** A citizen's feedback answered and published by the Centre on the same day. */
async function answeredFeedback(category: string): Promise<string> {
  const res = await t.client().post(
    PUBLIC,
    {
      category,
      title: 'Góp ý thủ tục',
      text: 'Đề nghị hướng dẫn rõ hơn thành phần hồ sơ.',
      ...(category === 'dossier' && { dossierCode: 'H15.50.05.13-260601-0001' }),
    },
    { 'x-forwarded-for': `192.0.2.${++address}` },
  );
  const desk = await t.loginAs('haiduong.motcua');
  const id = (await desk.get('/api/v1/feedback?pageSize=50')).body.find(
    (f: { trackingCode: string }) => f.trackingCode === res.body.trackingCode,
  ).id;
  await desk.post(`/api/v1/feedback/${id}/route`, { unitId: ttpvhcc });
  await (await t.loginAs('haiduong.canbo')).post(`/api/v1/feedback/${id}/submit-answer`, {
    answer: 'Thành phần hồ sơ gồm đơn và bản sao giấy tờ tùy thân.',
  });
  await (await t.loginAs('haiduong.truongphong')).post(`/api/v1/feedback/${id}/approve`, { publish: true });
  return id;
}

const indicators = async () =>
  (await (await t.loginAs('haiduong.chutich')).get(`/api/v1/feedback/indicators?from=${JUNE.from}&to=${JUNE.to}`)).body;

/**
 * Two answered and published feedbacks, the indicators read, one disliked, the indicators read again: June's story,
 * run once by whichever test needs it first, so each test also runs alone or in any order.
 */
let june: Promise<{ before: Indicators; after: Indicators }> | undefined;
type Indicators = Awaited<ReturnType<typeof indicators>>;
const juneFeedback = () => {
  june ??= (async () => {
    const first = await answeredFeedback('procedure');
    await answeredFeedback('dossier');
    const before = await indicators();
    await t.client().post(`${PUBLIC}/published/${first}/reaction`, { reaction: 'dislike', reason: 'Chưa rõ' });
    return { before, after: await indicators() };
  })();
  return june;
};

describe('indicators 5.1–5.3 from feedback', () => {
  it('counts by category and unit, on time, and satisfaction that drops with a dislike', async () => {
    const { before, after } = await juneFeedback();
    expect(before.total).toMatchObject({
      received: 2,
      byCategory: { procedure: 1, dossier: 1, regulation: 0, staff: 0 },
      byChannel: { online: 2 },
      published: 2,
      onTime: { numerator: 2, denominator: 2, rate: 100 },
      satisfaction: { numerator: 2, denominator: 2, rate: 100 },
      dossierCodesWithFeedback: ['H15.50.05.13-260601-0001'],
    });
    expect(before.units).toEqual([
      expect.objectContaining({ unitId: ttpvhcc, unitName: 'Trung tâm Phục vụ hành chính công' }),
    ]);
    expect(after.total.satisfaction).toEqual({ numerator: 1, denominator: 2, rate: 50 });
    expect(after.units[0].values.satisfaction.rate).toBe(50);
  });

  it('fills the feedback part of the periodic reports over their window', async () => {
    await juneFeedback();
    const { feedback } = await readOptionalFigures({
      db: t.db,
      tenantId,
      plan: { id: '00000000-0000-4000-8000-000000000000', year: 2026 },
      period: 'H1',
      window: { start: '2026-03-09', end: '2026-06-08' },
      calendarSpan: { start: '2026-01-01', end: '2026-06-30' },
      asOf: '2026-06-08',
      units: [],
    });
    expect(feedback).toMatchObject({
      received: 2,
      byCategory: { procedure: 1, dossier: 1 },
      published: 2,
      satisfaction: { numerator: 1, denominator: 2, rate: 50 },
    });
  });

  it('is the feedback input of the Decision 766 computation', async () => {
    await juneFeedback();
    const figures = await feedbackFigures(t.db, tenantId, JUNE);
    const report = computeIndicators({
      period: JUNE,
      calendar: await loadWorkingCalendar(t.db, tenantId),
      procedures: [],
      dossiers: [],
      feedback: figures.total,
    });
    const row = (code: string) => report.indicators.find((i) => i.code === code);
    expect(row('5.2')).toMatchObject({ numerator: 2, denominator: 2, rate: 1, points: 6 });
    expect(row('5.3')).toMatchObject({ numerator: 1, denominator: 2, rate: 0.5, points: 3 });
  });
});
