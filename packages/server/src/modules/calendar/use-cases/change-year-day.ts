import { checkOfficialYear, defaultDaysOff, type OfficialYearCalendar } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import type { Lang } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { ruleMessage } from '../messages.js';
import { currentYear, storedDaysOf } from '../official-years.js';
import { type RecomputeOutcome, recomputeDeadlines } from '../recompute.js';
import { type CalendarRepository, calendarRepository, cityTenantOf } from '../repository.js';
import { loadWorkingCalendar } from '../service.js';
import { applyDayChange, type DayChange, type EditProblem, isEditProblem } from '../year-edit.js';

/** Where a calendar use case logs what it did. */
export interface CalendarLog {
  info(details: object, message: string): void;
}

/** What the use case needs besides the change. */
export interface ChangeContext {
  now: Date;
  lang: Lang;
  log: CalendarLog;
}

/** The year's new version and how many open deadlines moved with it. */
export interface DayChangeResult {
  year: number;
  version: number;
  recomputed: RecomputeOutcome;
}

const STATUS_CODE = { conflict: 'conflict', not_found: 'not_found', invalid: 'validation_failed' } as const;

function problemError(problem: EditProblem, lang: Lang): AppError {
  return ruleMessage.error(STATUS_CODE[problem.status], problem.rule, lang, {}, 'date');
}

async function nextYearData(repo: CalendarRepository, cityId: string, change: DayChange, lang: Lang) {
  const year = Number(change.date.slice(0, 4));
  const current = await currentYear(repo, cityId, year);
  const defaults = defaultDaysOff(year, { cultureDay24Nov: await repo.cultureDay24Nov(cityId) });
  const next = applyDayChange(current.data, year, change, defaults);
  if (isEditProblem(next)) throw problemError(next, lang);
  // One day changes at a time, so the year's data was consistent before it: the first problem is the change's.
  const [problem] = checkOfficialYear(next);
  if (problem) throw ruleMessage.error('validation_failed', problem.code, lang, problem.values, 'date');
  return { year, current, next };
}

const summary = (data: OfficialYearCalendar | null, version: number) => ({
  version,
  replacesDefaults: data?.replacesDefaults ?? false,
  daysOff: data?.daysOff.map((d) => d.date) ?? [],
  workingDays: data?.workingDays.map((d) => d.date) ?? [],
});

/**
 * Adds or removes a day off or a make-up working day of the national calendar (city admin only), storing the
 * year's next version with the notice it comes from, and recomputes the open deadlines the year moves, all in
 * one transaction.
 */
export async function changeYearDay(
  db: Db,
  auth: AuthContext,
  change: DayChange,
  context: ChangeContext,
): Promise<DayChangeResult> {
  const result = await db.transaction().execute(async (trx) => {
    const repo = calendarRepository(trx);
    const cityId = await cityTenantOf(repo, auth);
    await repo.lockYear(Number(change.date.slice(0, 4)));
    const { year, current, next } = await nextYearData(repo, cityId, change, context.lang);
    const version = current.version + 1;
    await repo.insertVersion(
      {
        tenant_id: cityId,
        year,
        version,
        replaces_defaults: next.replacesDefaults,
        change_action: change.action,
        change_kind: change.kind,
        change_date: change.date,
        notice_number: change.notice.number ?? '',
        notice_title: change.notice.title || null,
        changed_by: auth.userId,
        changed_at: context.now,
      },
      storedDaysOf(next),
    );
    await recordAudit(trx, {
      tenantId: cityId,
      actorUserId: auth.userId,
      action: `calendar.${change.action}_${change.kind}`,
      entity: 'calendar_year',
      entityId: String(year),
      before: summary(current.data, current.version),
      after: { ...summary(next, version), change },
      at: context.now,
    });
    const recomputed = await recomputeDeadlines({
      db: trx,
      change: { scope: 'national', years: [year] },
      now: context.now,
      calendarFor: (tenantId) => loadWorkingCalendar(trx, tenantId),
    });
    return { year, version, recomputed };
  });
  context.log.info(
    { ...result, change },
    `lịch năm ${result.year}: phiên bản ${result.version}, tính lại ${result.recomputed.total} hạn`,
  );
  return result;
}
