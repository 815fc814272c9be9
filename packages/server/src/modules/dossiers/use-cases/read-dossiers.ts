import { vietnamDateOf, vietnamDayEnd, vietnamDayStart, type WorkingCalendar } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError, type ReasonedMessage } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { loadWorkingCalendar } from '../../calendar/index.js';
import { limitOf, type ProcedureRow, proceduresRepository } from '../../procedures/index.js';
import { applicantFor } from '../personal-data.js';
import { presentApology, presentDossier, presentRating, presentRecordParts } from '../presenter.js';
import { type DossierListFilter, dossiersRepository } from '../repository.js';
import type { ListQuery } from '../schemas.js';
import type { DossierDetailOut } from '../schemas-out.js';
import { dossierSideRepository } from '../side-repository.js';
import { handoverResult, timingOf } from '../timing.js';
import { allowedActions } from './allowed.js';

function timingFilter(calendar: WorkingCalendar, now: Date, timing: ListQuery['timing']): Partial<DossierListFilter> {
  const today = vietnamDateOf(now);
  if (timing === 'overdue') return { dueBefore: vietnamDayStart(today) };
  if (timing === 'paused') return { paused: true };
  if (timing === 'due_soon') {
    // Due today or on the next working day: the last day to send the apology letter (Decree 61).
    const next = calendar.shiftWorkingDays(today, 1);
    return { dueFrom: vietnamDayStart(today), dueBefore: vietnamDayEnd(next) };
  }
  return {};
}

function filterOf(request: RequestContext, query: ListQuery, calendar: WorkingCalendar): DossierListFilter {
  return {
    statuses: query.status?.split(',').map(Number),
    procedureId: query.procedureId,
    unitId: query.unitId,
    channel: query.channel,
    assigneeId: query.mine ? request.auth.userId : undefined,
    apologyProposed: query.apologyProposed,
    apologyNeededAt: request.now,
    q: query.q,
    receivedFrom: query.receivedFrom ? vietnamDayStart(query.receivedFrom) : undefined,
    receivedBefore: query.receivedTo ? vietnamDayEnd(query.receivedTo) : undefined,
    ...timingFilter(calendar, request.now, query.timing),
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  };
}

/** A page of the tenant's dossiers, newest first, with each one's timing flag. */
export async function listDossiers(db: Db, request: RequestContext, query: ListQuery) {
  const tenantId = request.auth.tenantId;
  const calendar = await loadWorkingCalendar(db, tenantId);
  const filter = filterOf(request, query, calendar);
  const repo = dossiersRepository(db);
  const [rows, total, procedures] = await Promise.all([
    repo.list(tenantId, filter),
    repo.count(tenantId, filter),
    proceduresRepository(db).list(tenantId),
  ]);
  const byId = new Map(procedures.map((p) => [p.id, p]));
  const apologies = new Map(
    (
      await dossierSideRepository(db).apologies(
        tenantId,
        rows.map((r) => r.id),
      )
    ).map((a) => [a.dossier_id, a]),
  );
  const items = rows.map((row) => {
    const procedure = byId.get(row.procedure_id) as ProcedureRow;
    const timing = timingOf(calendar, row, limitOf(procedure), request.now);
    return presentDossier(row, procedure, timing, apologies.get(row.id));
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The dossier page: everything about one dossier, its timeline, and what the user may do next. */
export async function readDossier(
  db: Db,
  request: RequestContext,
  id: string,
  warnings: ReasonedMessage[] = [],
): Promise<DossierDetailOut> {
  const tenantId = request.auth.tenantId;
  const row = await dossiersRepository(db).find(tenantId, id);
  if (!row) throw new AppError('not_found');
  const side = dossierSideRepository(db);
  const [procedure, calendar, handovers, apology, rating, trail, settings] = await Promise.all([
    proceduresRepository(db).find(tenantId, row.procedure_id),
    loadWorkingCalendar(db, tenantId),
    side.handovers(tenantId, id),
    side.apology(tenantId, id),
    side.rating(tenantId, id),
    side.trail(tenantId, id),
    side.settings(tenantId),
  ]);
  if (!procedure) throw new AppError('not_found');
  const actors = [...trail.map((t) => t.actor_user_id), row.assignee_id].filter((a): a is string => a !== null);
  const names = await side.userNames(tenantId, [...new Set(actors)]);
  const timing = timingOf(calendar, row, limitOf(procedure), request.now);
  const parts = presentRecordParts(row);
  return {
    ...presentDossier(row, procedure, timing, apology),
    ...parts,
    applicant: await applicantFor(db, request, id, parts.applicant),
    limit: limitOf(procedure),
    handovers: handovers.map((h, index) => ({
      no: h.no,
      fromName: h.from_name,
      toName: h.to_name,
      toUnitId: h.to_unit_id,
      liaison: h.liaison,
      givenAt: h.given_at.toISOString(),
      receivedAt: h.received_at?.toISOString() ?? null,
      budgetHours: h.budget_hours === null ? null : Number(h.budget_hours),
      result: handoverResult(calendar, handovers, index, row.received_at),
      note: h.note,
    })),
    apologyLetter: presentApology(apology),
    rating: presentRating(rating),
    timeline: trail.map((t) => ({
      at: t.at.toISOString(),
      action: t.action,
      actorName: t.actor_user_id ? (names.get(t.actor_user_id) ?? null) : null,
    })),
    assigneeName: row.assignee_id ? (names.get(row.assignee_id) ?? null) : null,
    allowed: allowedActions(request, row, handovers, apology, settings?.action_scope ?? 'ward'),
    warnings,
  };
}
