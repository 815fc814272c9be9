import { randomUUID } from 'node:crypto';
import { parseReportPeriodCode, type ReportPeriod, reportPeriodName, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { AuthContext } from '../../../http/policy.js';
import type { Lang } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { type NotificationData, notifyUsers, usersWithRoles } from '../../notifications/index.js';
import { renderReportVersion, reportsRepository } from '../../reports/index.js';
import { cityMessage } from '../messages.js';
import { cityRepository } from '../repository.js';
import { activeWards, blockWards } from './rankings.js';

/** Where a ward's consolidated report of a period stands in the city's inbox. */
export type InboxStatus = 'on_time' | 'sent_late' | 'returned' | 'late' | 'pending' | 'not_in_plan';

function periodOfCode(code: string, lang: Lang): { year: number; period: ReportPeriod } {
  const parsed = parseReportPeriodCode(code);
  if (!parsed) throw cityMessage.error('validation_failed', 'report_period_invalid', lang, { code }, 'period');
  return parsed;
}

/** One ward's line of the inbox: due date, sending date and number, the latest return and the status. */
async function inboxRow(
  db: Db,
  ward: { id: string; code: string; name: string; block: string },
  code: string,
  today: string,
  lang: Lang,
) {
  const { year, period } = periodOfCode(code, lang);
  const due = (await cityRepository(db).reportDues(ward.id, year)).find((d) => d.period === period);
  const base = { code: ward.code, name: ward.name, block: ward.block };
  if (!due)
    return {
      ...base,
      status: 'not_in_plan' as InboxStatus,
      dueDate: null,
      sentOn: null,
      number: null,
      version: null,
      returned: null,
    };
  const lastReturn = await reportsRepository(db).latestCityReturn({ tenantId: ward.id, planId: due.plan_id, period });
  const returnedAfterSending = lastReturn && due.sent_at && lastReturn.returned_at > due.sent_at;
  let status: InboxStatus;
  if (due.sent_on === null) status = due.due_date < today ? 'late' : 'pending';
  else if (returnedAfterSending) status = 'returned';
  else status = due.sent_on <= due.due_date ? 'on_time' : 'sent_late';
  return {
    ...base,
    status,
    dueDate: due.due_date,
    sentOn: due.sent_on,
    number: due.number,
    version: due.version,
    returned: lastReturn
      ? { comment: lastReturn.comment, at: lastReturn.returned_at.toISOString(), by: lastReturn.returned_by_name }
      : null,
  };
}

/** The city's inbox for a report period (`2026-Q1`, `2026-H1`, `2026`): every ward with where its report stands. */
export async function cityInbox(db: Db, code: string, now: Date, lang: Lang) {
  periodOfCode(code, lang);
  const today = vietnamDateOf(now);
  const rows = [];
  // Active wards only (see activeWards): a deactivated ward owes no report, so it is never late nor reminded.
  for (const ward of await activeWards(db)) rows.push(await inboxRow(db, ward, code, today, lang));
  return { period: code, rows };
}

/** One ward's inbox line; a deactivated ward's report can still be downloaded (`withInactive`), not returned. */
async function wardRow(db: Db, wardCode: string, code: string, now: Date, lang: Lang, withInactive = false) {
  const ward = (await (withInactive ? blockWards(db) : activeWards(db))).find((w) => w.code === wardCode);
  if (!ward) throw cityMessage.error('not_found', 'ward_not_found', lang);
  return { ward, row: await inboxRow(db, ward, code, vietnamDateOf(now), lang) };
}

/** The .docx of the version a ward sent, as the city downloads it. */
export async function inboxDocument(db: Db, wardCode: string, code: string, now: Date, lang: Lang) {
  const { ward, row } = await wardRow(db, wardCode, code, now, lang, true);
  if (row.version === null) throw cityMessage.error('not_found', 'report_not_sent', lang);
  const file = await renderReportVersion(db, ward.id, now, code, row.version, 'docx', lang);
  return { name: `${ward.code}-${file.name}`, buffer: file.buffer };
}

/** Tells a ward's PAR focal points (coordinators) about its report, in the bell and by e-mail. */
async function tellCoordinators(
  db: Db,
  tenantId: string,
  subject: string,
  data: NotificationData<'report_due'>,
  now: Date,
) {
  const coordinators = await usersWithRoles(db, tenantId, ['coordinator']);
  return notifyUsers(db, {
    tenantId,
    userIds: coordinators.map((u) => u.id),
    kind: 'report_due',
    subject,
    day: vietnamDateOf(now),
    data,
    now,
  });
}

/** Sends a ward's sent report back with the city's comment; the ward's focal points are told. */
export async function returnReport(
  db: Db,
  auth: AuthContext,
  input: { wardCode: string; code: string; comment: string },
  now: Date,
  lang: Lang,
) {
  const { ward, row } = await wardRow(db, input.wardCode, input.code, now, lang);
  const { year, period } = periodOfCode(input.code, lang);
  const due = (await cityRepository(db).reportDues(ward.id, year)).find((d) => d.period === period);
  if (!due || row.sentOn === null) throw cityMessage.error('conflict', 'report_not_sent', lang);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await cityRepository(trx).insertReturn({
      tenant_id: ward.id,
      id,
      plan_id: due.plan_id,
      period,
      comment: input.comment,
      returned_by_user_id: auth.userId,
      returned_by_name: auth.fullName,
      returned_at: now,
    });
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'city.report_return',
      entity: 'report',
      entityId: `${ward.code}:${input.code}`,
      after: { comment: input.comment },
      at: now,
    });
  });
  await tellCoordinators(
    db,
    ward.id,
    `city-return:${input.code}:${id}`,
    {
      periodCode: input.code,
      period: reportPeriodName(year, period),
      consolidated: true,
      reminder: 'overdue',
      dueDate: due.due_date,
      comment: input.comment,
    },
    now,
  );
  return wardRow(db, input.wardCode, input.code, now, lang).then((r) => r.row);
}

/** Reminds every ward whose report of the period is past due and not sent; once a day per ward. */
export async function remindLateWards(db: Db, code: string, now: Date, lang: Lang) {
  const { year, period } = periodOfCode(code, lang);
  const inbox = await cityInbox(db, code, now, lang);
  const late = inbox.rows.filter((r) => r.status === 'late' || r.status === 'returned');
  const wards = await activeWards(db);
  for (const row of late) {
    const ward = wards.find((w) => w.code === row.code);
    // A late or returned row has its period's due date (only a ward without the period in its plan has none).
    if (!ward || row.dueDate === null) continue;
    await tellCoordinators(
      db,
      ward.id,
      `city-reminder:${code}`,
      {
        periodCode: code,
        period: reportPeriodName(year, period),
        consolidated: true,
        reminder: 'overdue',
        dueDate: row.dueDate,
      },
      now,
    );
  }
  return { period: code, reminded: late.map((r) => r.code) };
}
