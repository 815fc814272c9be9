import { followUpTiming, type IsoDate } from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { DB } from '../../db/generated.js';

type Units = ReadonlyMap<string, string>;
const unitRef = (id: string, units: Units) => ({ id, name: units.get(id) ?? '' });

/** An inspection as plans and lists show it. */
export const presentInspection = (row: Selectable<DB['inspections']>, units: Units) => ({
  id: row.id,
  planId: row.plan_id,
  unit: unitRef(row.unit_id, units),
  plannedFrom: row.planned_from,
  plannedTo: row.planned_to,
  status: row.status,
  concludedAt: row.concluded_at?.toISOString() ?? null,
  noticeNumber: row.notice_number,
});

/** A plan with its unit inspections. */
export const presentPlan = (
  plan: Selectable<DB['inspection_plans']>,
  inspections: readonly Selectable<DB['inspections']>[],
  units: Units,
) => ({
  id: plan.id,
  year: plan.year,
  title: plan.title,
  reference: plan.reference,
  scope: plan.scope,
  team: plan.team,
  inspections: inspections.filter((i) => i.plan_id === plan.id).map((i) => presentInspection(i, units)),
});

/** What the detail shows besides the inspection row. */
export interface InspectionDetailParts {
  plan: Selectable<DB['inspection_plans']>;
  findings: readonly Selectable<DB['inspection_findings']>[];
  followUps: readonly Selectable<DB['inspection_follow_ups']>[];
  units: Units;
  today: IsoDate;
  permissions: { manage: boolean; selfAssess: boolean };
}

/** One unit's inspection: the unit's form, the findings, the follow-ups and the conclusion. */
export const presentInspectionDetail = (row: Selectable<DB['inspections']>, parts: InspectionDetailParts) => ({
  ...presentInspection(row, parts.units),
  plan: {
    id: parts.plan.id,
    title: parts.plan.title,
    reference: parts.plan.reference,
    year: parts.plan.year,
    scope: parts.plan.scope,
    team: parts.plan.team,
  },
  selfAssessment: row.self_assessment,
  selfAssessedAt: row.self_assessed_at?.toISOString() ?? null,
  conclusion: row.conclusion,
  noticeDate: row.notice_date,
  signerName: row.signer_name,
  cancelNote: row.cancel_note,
  findings: parts.findings.map((f) => ({ id: f.id, severity: f.severity, text: f.text })),
  followUps: parts.followUps.map((f) => ({
    id: f.id,
    findingId: f.finding_id,
    action: f.action,
    owner: unitRef(f.owner_unit_id, parts.units),
    ownerName: f.owner_name,
    dueOn: f.due_on,
    status: f.status,
    timing: followUpTiming(f.status, f.due_on, parts.today),
    doneNote: f.done_note,
  })),
  permissions: parts.permissions,
});
