import type { AssessmentStatus, Criterion, IndexKind } from '@cchc/domain';
import type { Insertable, Selectable, Transaction, Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

type AnyDb = Db | Transaction<DB>;
type ParTables = Pick<DB, 'par_criteria_sets' | 'par_assessments' | 'par_scores' | 'par_evidence'>;
const num = (v: string | null) => (v === null ? null : Number(v));

export type SetRow = Selectable<ParTables['par_criteria_sets']>;
export type AssessmentRow = Selectable<ParTables['par_assessments']>;
type SetInsert = Insertable<ParTables['par_criteria_sets']>;
type AssessmentUpdate = Updateable<ParTables['par_assessments']>;
type ScoreUpdate = Omit<Updateable<ParTables['par_scores']>, 'updated_at' | 'updated_by'>;
type EvidenceInsert = Insertable<ParTables['par_evidence']>;

/** A leaf's stored score, numbers as numbers. */
export interface ScoreRow {
  code: string;
  selfValue: number | null;
  selfPoints: number | null;
  overrideReason: string | null;
  note: string | null;
  preValue: number | null;
  prePoints: number | null;
  preCalculation: string | null;
  appraisedValue: number | null;
  appraisedPoints: number | null;
  appraisalComment: string | null;
}

/** The only SQL of the PAR Index: sets in the city's tenant, assessments, scores and evidence in each ward's. */
export function parRepository(db: AnyDb) {
  const t = db;
  return {
    tenant: (id: string) =>
      t.selectFrom('tenants').select(['id', 'code', 'name', 'kind', 'active']).where('id', '=', id).executeTakeFirst(),

    wardByCode: (code: string) =>
      t
        .selectFrom('tenants')
        .select(['id', 'code', 'name', 'kind', 'active'])
        .where('kind', '!=', 'city')
        .where('code', '=', code)
        .executeTakeFirst(),

    cityTenantId: async () =>
      (await t.selectFrom('tenants').select('id').where('kind', '=', 'city').executeTakeFirst())?.id ?? null,

    nextVersion: async (cityId: string, kind: IndexKind, year: number) => {
      const row = await t
        .selectFrom('par_criteria_sets')
        .select((e) => e.fn.max('version').as('v'))
        .where('tenant_id', '=', cityId)
        .where('kind', '=', kind)
        .where('year', '=', year)
        .executeTakeFirst();
      return Number(row?.v ?? 0) + 1;
    },

    insertSet: async (row: SetInsert, criteria: readonly Criterion[]) => {
      await t.insertInto('par_criteria_sets').values(row).execute();
      const values = criteria.map((c, position) => ({
        tenant_id: row.tenant_id,
        set_id: row.id,
        code: c.code,
        position,
        label: c.label,
        parent_code: c.parent,
        level: c.level,
        title: c.title,
        max_points: c.maxPoints,
        method: c.method,
        thresholds: JSON.stringify(c.thresholds),
        source: c.source,
        guide: c.guide,
        survey: c.survey,
        leaf: c.leaf,
        sheet_row: c.row,
      }));
      for (let i = 0; i < values.length; i += 500)
        await t
          .insertInto('par_criteria')
          .values(values.slice(i, i + 500))
          .execute();
    },

    sets: (cityId: string) =>
      t
        .selectFrom('par_criteria_sets')
        .selectAll()
        .where('tenant_id', '=', cityId)
        .orderBy('year', 'desc')
        .orderBy('kind')
        .orderBy('version', 'desc')
        .execute(),

    latestSet: (cityId: string, kind: IndexKind, year: number): Promise<SetRow | undefined> =>
      t
        .selectFrom('par_criteria_sets')
        .selectAll()
        .where('tenant_id', '=', cityId)
        .where('kind', '=', kind)
        .where('year', '=', year)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst(),

    setById: (cityId: string, id: string) =>
      t
        .selectFrom('par_criteria_sets')
        .selectAll()
        .where('tenant_id', '=', cityId)
        .where('id', '=', id)
        .executeTakeFirst(),

    setDeadline: (cityId: string, id: string, deadline: string | null) =>
      t
        .updateTable('par_criteria_sets')
        .set({ submit_deadline: deadline })
        .where('tenant_id', '=', cityId)
        .where('id', '=', id)
        .executeTakeFirst(),

    /** A set's nodes as the domain's criteria, in sheet order. */
    criteria: async (cityId: string, setId: string): Promise<Criterion[]> => {
      const rows = await t
        .selectFrom('par_criteria')
        .selectAll()
        .where('tenant_id', '=', cityId)
        .where('set_id', '=', setId)
        .orderBy('position')
        .execute();
      return rows.map((r) => ({
        code: r.code,
        label: r.label,
        parent: r.parent_code,
        level: r.level,
        title: r.title,
        maxPoints: Number(r.max_points),
        method: r.method,
        thresholds: r.thresholds,
        source: r.source,
        guide: r.guide,
        survey: r.survey,
        leaf: r.leaf,
        row: r.sheet_row,
      }));
    },

    assessment: (tenantId: string, kind: IndexKind, year: number): Promise<AssessmentRow | undefined> =>
      t
        .selectFrom('par_assessments')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('kind', '=', kind)
        .where('year', '=', year)
        .executeTakeFirst(),

    createAssessment: async (row: {
      tenantId: string;
      id: string;
      kind: IndexKind;
      year: number;
      setId: string;
      setVersion: number;
      now: Date;
    }) => {
      await t
        .insertInto('par_assessments')
        .values({
          tenant_id: row.tenantId,
          id: row.id,
          kind: row.kind,
          year: row.year,
          set_id: row.setId,
          set_version: row.setVersion,
          status: 'draft',
          created_at: row.now,
          updated_at: row.now,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'kind', 'year']).doNothing())
        .execute();
    },

    /** Moves an assessment only from the status it was read in, so two clicks never both pass. */
    updateAssessment: (
      tenantId: string,
      id: string,
      from: AssessmentStatus | readonly AssessmentStatus[],
      values: AssessmentUpdate,
    ) =>
      t
        .updateTable('par_assessments')
        .set(values)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('status', 'in', typeof from === 'string' ? [from] : [...from])
        .executeTakeFirst(),

    statusOf: async (tenantId: string, id: string) =>
      (
        await t
          .selectFrom('par_assessments')
          .select('status')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', id)
          .executeTakeFirst()
      )?.status ?? null,

    /** The ward's one answer: only while appraised and not answered yet. */
    recordAnswer: (tenantId: string, id: string, answer: string, userId: string, now: Date) =>
      t
        .updateTable('par_assessments')
        .set({ answer, answered_at: now, answered_by: userId, updated_at: now })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('status', '=', 'appraised')
        .where('answer', 'is', null)
        .executeTakeFirst(),

    scores: async (tenantId: string, assessmentId: string): Promise<ScoreRow[]> =>
      (
        await t
          .selectFrom('par_scores')
          .selectAll()
          .where('tenant_id', '=', tenantId)
          .where('assessment_id', '=', assessmentId)
          .execute()
      ).map((r) => ({
        code: r.code,
        selfValue: num(r.self_value),
        selfPoints: num(r.self_points),
        overrideReason: r.override_reason,
        note: r.note,
        preValue: num(r.pre_value),
        prePoints: num(r.pre_points),
        preCalculation: r.pre_calculation,
        appraisedValue: num(r.appraised_value),
        appraisedPoints: num(r.appraised_points),
        appraisalComment: r.appraisal_comment,
      })),

    upsertScore: (
      row: { tenantId: string; assessmentId: string; code: string; now: Date; userId: string | null },
      values: ScoreUpdate,
    ) =>
      t
        .insertInto('par_scores')
        .values({
          tenant_id: row.tenantId,
          assessment_id: row.assessmentId,
          code: row.code,
          updated_at: row.now,
          updated_by: row.userId,
          ...values,
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'assessment_id', 'code'])
            .doUpdateSet({ ...values, updated_at: row.now, updated_by: row.userId }),
        )
        .execute(),

    evidence: (tenantId: string, assessmentId: string) =>
      t
        .selectFrom('par_evidence as e')
        .leftJoin('plan_tasks as pt', (j) =>
          j.onRef('pt.tenant_id', '=', 'e.tenant_id').onRef('pt.id', '=', 'e.task_id'),
        )
        .leftJoin('task_evidence as te', (j) =>
          j.onRef('te.tenant_id', '=', 'e.tenant_id').onRef('te.id', '=', 'e.task_evidence_id'),
        )
        .leftJoin('reports as r', (j) => j.onRef('r.tenant_id', '=', 'e.tenant_id').onRef('r.id', '=', 'e.report_id'))
        .leftJoin('inspections as i', (j) =>
          j.onRef('i.tenant_id', '=', 'e.tenant_id').onRef('i.id', '=', 'e.inspection_id'),
        )
        .leftJoin('legal_documents as ld', (j) =>
          j.onRef('ld.tenant_id', '=', 'e.tenant_id').onRef('ld.id', '=', 'e.legal_document_id'),
        )
        .leftJoin('units as u', (j) => j.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.id', '=', 'e.unit_id'))
        .select([
          'e.id',
          'e.code',
          'e.kind',
          'e.task_id',
          'e.task_evidence_id',
          'e.report_id',
          'e.inspection_id',
          'e.legal_review_plan_id',
          'e.legal_document_id',
          'e.doc_number',
          'e.doc_date',
          'e.doc_title',
          'e.unit_id',
          'e.added_by',
          'e.added_at',
          'pt.no_label as task_no',
          'pt.content as task_content',
          'te.doc_number as te_number',
          'te.doc_date as te_date',
          'te.doc_title as te_title',
          'te.file_name as te_file',
          'r.period as report_period',
          'i.notice_number as inspection_notice',
          'i.notice_date as inspection_date',
          'ld.number_symbol as legal_number',
          'ld.title as legal_title',
          'u.name as unit_name',
        ])
        .where('e.tenant_id', '=', tenantId)
        .where('e.assessment_id', '=', assessmentId)
        .orderBy('e.added_at')
        .orderBy('e.id')
        .execute(),

    addEvidence: (row: EvidenceInsert) => t.insertInto('par_evidence').values(row).execute(),

    evidenceById: (tenantId: string, id: string) =>
      t
        .selectFrom('par_evidence')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst(),

    removeEvidence: (tenantId: string, id: string) =>
      t.deleteFrom('par_evidence').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst(),

    /** What a ward can link as evidence for a year: its plan's tasks and their products, reports, inspections, reviews. */
    evidenceOptions: async (tenantId: string, year: number) => {
      const plan = await t
        .selectFrom('plans')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('year', '=', year)
        .executeTakeFirst();
      const planId = plan?.id ?? '00000000-0000-0000-0000-000000000000';
      const [tasks, products, reports, inspections, reviews] = await Promise.all([
        t
          .selectFrom('plan_tasks')
          .select(['id', 'no_label', 'no', 'content', 'status'])
          .where('tenant_id', '=', tenantId)
          .where('plan_id', '=', planId)
          .where('removed_in_version', 'is', null)
          .orderBy('no')
          .execute(),
        t
          .selectFrom('task_evidence as e')
          .innerJoin('plan_tasks as pt', (j) =>
            j.onRef('pt.tenant_id', '=', 'e.tenant_id').onRef('pt.id', '=', 'e.task_id'),
          )
          .select([
            'e.id',
            'e.task_id',
            'e.kind',
            'e.doc_number',
            'e.doc_date',
            'e.doc_title',
            'e.file_name',
            'pt.no_label',
          ])
          .where('e.tenant_id', '=', tenantId)
          .where('pt.plan_id', '=', planId)
          .orderBy('e.added_at')
          .execute(),
        t
          .selectFrom('reports as r')
          .leftJoin('report_dispatches as d', (j) =>
            j.onRef('d.tenant_id', '=', 'r.tenant_id').onRef('d.report_id', '=', 'r.id'),
          )
          .select(['r.id', 'r.period', 'd.number', 'd.sent_on'])
          .where('r.tenant_id', '=', tenantId)
          .where('r.plan_id', '=', planId)
          .orderBy('r.period')
          .orderBy('d.version', 'desc')
          .execute(),
        t
          .selectFrom('inspections as i')
          .innerJoin('units as u', (j) => j.onRef('u.tenant_id', '=', 'i.tenant_id').onRef('u.id', '=', 'i.unit_id'))
          .select(['i.id', 'u.name as unit_name', 'i.notice_number', 'i.notice_date', 'i.concluded_at'])
          .where('i.tenant_id', '=', tenantId)
          .where('i.status', '=', 'concluded')
          .orderBy('i.concluded_at')
          .execute(),
        t
          .selectFrom('legal_review_results as r')
          .innerJoin('legal_review_plans as p', (j) =>
            j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.review_plan_id'),
          )
          .innerJoin('legal_documents as d', (j) =>
            j.onRef('d.tenant_id', '=', 'r.tenant_id').onRef('d.id', '=', 'r.document_id'),
          )
          .select([
            'r.review_plan_id',
            'r.document_id',
            'r.conclusion',
            'd.number_symbol',
            'd.title',
            'p.title as plan_title',
          ])
          .where('r.tenant_id', '=', tenantId)
          .where('p.year', '=', year)
          .execute(),
      ]);
      return { tasks, products, reports, inspections, reviews };
    },
  };
}
