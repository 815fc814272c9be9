import { monthsOfYear, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { Lang } from '../../../i18n/messages.js';
import { indicatorReport, indicatorsJson } from '../../indicators/index.js';
import { MEASURE_READERS, readingContext, readingFeedback, readReports, report766 } from '../measures.js';
import { cityMessage } from '../messages.js';
import { planProgress } from '../plan-progress.js';
import { cityRepository } from '../repository.js';

async function wardByCode(db: Db, code: string, lang: Lang) {
  const ward = await cityRepository(db).ward(code);
  if (!ward) throw cityMessage.error('not_found', 'ward_not_found', lang);
  return ward;
}

/** One ward seen from the city, read only: its 766 report, plan progress by area, inspections and reports. */
export async function wardDetail(db: Db, code: string, period: string, now: Date, lang: Lang) {
  const ward = await wardByCode(db, code, lang);
  const context = readingContext(db, ward.id, period, now);
  const { report, reading } = await report766(db, ward.id, period, now);
  return {
    ward: { code: ward.code, name: ward.name, kind: ward.kind },
    period,
    indicators: indicatorsJson(period, ward.code, report),
    dossiers: reading.dossiers,
    plan: await planProgress(db, ward.id, context.year, context.asOf),
    inspection: await MEASURE_READERS.inspection(context),
    feedback: readingFeedback(report),
    reports: await readReports(context),
    reportList: (await cityRepository(db).reportDues(ward.id, context.year)).map((d) => ({
      period: d.period,
      due_date: d.due_date,
      sent_on: d.sent_on,
      number: d.number,
    })),
  };
}

/** Each measure of a ward month by month over a year, for the charts; months not begun yet are left out. */
export async function wardSeries(db: Db, code: string, year: number, now: Date, lang: Lang) {
  const ward = await wardByCode(db, code, lang);
  const thisMonth = vietnamDateOf(now).slice(0, 7);
  const months = [];
  for (const month of monthsOfYear(year).filter((m) => m <= thisMonth)) {
    const context = readingContext(db, ward.id, month, now);
    const report = await indicatorReport(db, ward.id, month, undefined, now);
    months.push({
      month,
      // A month without dossiers has no 766 result to draw (its 0 would read as a failing month).
      '766': report.dossierCount === 0 ? null : report.total,
      plan: (await MEASURE_READERS.plan(context)).value,
      inspection: (await MEASURE_READERS.inspection(context)).value,
      feedback: readingFeedback(report).value,
      reports: (await readReports(context)).value,
    });
  }
  return { code: ward.code, name: ward.name, year, months };
}
