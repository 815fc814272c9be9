import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import type { Lang } from '../../../i18n/messages.js';
import { reportRuleError } from '../messages.js';
import { loadPeriodScope, type PeriodScope } from '../period-scope.js';
import { presentPeriod } from '../presenter.js';
import { reportsRepository } from '../repository.js';
import {
  canReadUnitReport,
  contentOf,
  formAreas,
  submissionState,
  unitReportRights,
  unitTaskLines,
} from '../unit-form.js';

/** A unit of the ward, or 404. */
async function unitOf(db: Db, scope: PeriodScope, unitId: string, lang: Lang) {
  const units = await reportsRepository(db).reportingUnits(scope.tenantId, scope.plan.id);
  const unit = units.find((u) => u.id === unitId);
  if (!unit) throw reportRuleError('unit_unknown', lang);
  return unit;
}

/**
 * A unit's report form for a period: its tasks with status and the window's updates, the texts (saved, or
 * pre-filled from those updates), where it stands against the due date, its history and what the caller may do.
 */
export async function readUnitReport(db: Db, auth: AuthContext, now: Date, code: string, unitId: string, lang: Lang) {
  const scope = await loadPeriodScope(db, auth.tenantId, code, now, lang);
  if (!canReadUnitReport(auth, unitId)) throw new AppError('forbidden');
  const unit = await unitOf(db, scope, unitId, lang);
  const repo = reportsRepository(db);
  const row = await repo.findSubmission(scope.key, unitId);
  const tasks = await unitTaskLines(db, scope, unitId);
  const events = row ? await repo.submissionEvents(scope.tenantId, row.id) : [];
  return {
    period: presentPeriod(scope.window),
    ...submissionState(unit, row, scope),
    areas: await formAreas(db, scope, tasks),
    tasks,
    content: contentOf(row, tasks, scope),
    history: events.map((e) => ({
      action: e.action,
      at: e.at.toISOString(),
      by: e.full_name,
      comment: e.comment,
    })),
    rights: unitReportRights(auth, unitId, scope),
  };
}

/**
 * Where every reporting unit stands for a period, for the PAR focal point (all units) or a unit member (its own):
 * status, submission time, late flag and the coordinator's latest comment.
 */
export async function listUnitReports(db: Db, auth: AuthContext, now: Date, code: string, lang: Lang) {
  const scope = await loadPeriodScope(db, auth.tenantId, code, now, lang);
  const repo = reportsRepository(db);
  const [units, rows] = await Promise.all([
    repo.reportingUnits(scope.tenantId, scope.plan.id),
    repo.submissionsOf(scope.key),
  ]);
  const visible = units.filter((u) => canReadUnitReport(auth, u.id));
  return {
    period: presentPeriod(scope.window),
    units: visible.map((unit) =>
      submissionState(
        unit,
        rows.find((r) => r.unit_id === unit.id),
        scope,
      ),
    ),
  };
}
