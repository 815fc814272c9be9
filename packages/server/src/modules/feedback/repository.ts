import type { FeedbackStatus } from '@cchc/domain';
import { vietnamDayStart } from '@cchc/domain';
import { type Insertable, sql, type Updateable } from 'kysely';
import { anyUuid } from '../../db/any-of.js';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/** Which feedback a list shows: a unit's (for unit roles) or all, by status. */
export interface FeedbackListFilter {
  unitId?: string | null;
  statuses?: readonly FeedbackStatus[];
  limit: number;
  offset: number;
}

const OPEN_STATUSES: readonly FeedbackStatus[] = ['received', 'info_requested', 'awaiting_approval', 'answered'];

/** The only place with SQL for feedback. Every query filters by tenant. */
export function feedbackRepository(db: Db) {
  const fdb = db;
  const feedbackOf = (tenantId: string) => fdb.selectFrom('feedback').where('tenant_id', '=', tenantId);
  return {
    saveSettings: (row: Insertable<DB['feedback_settings']>) =>
      fdb
        .insertInto('feedback_settings')
        .values(row)
        .onConflict((c) =>
          c.column('tenant_id').doUpdateSet((eb) => ({
            reject_days: eb.ref('excluded.reject_days'),
            info_request_days: eb.ref('excluded.info_request_days'),
            answer_days: eb.ref('excluded.answer_days'),
            publish_days: eb.ref('excluded.publish_days'),
            remind_before: eb.ref('excluded.remind_before'),
            intake_unit_id: eb.ref('excluded.intake_unit_id'),
            updated_by: eb.ref('excluded.updated_by'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute(),

    insert: (row: Insertable<DB['feedback']>) => fdb.insertInto('feedback').values(row).execute(),

    find: (tenantId: string, id: string) => feedbackOf(tenantId).selectAll().where('id', '=', id).executeTakeFirst(),

    /** The row locked for a change: concurrent actions on one feedback run one after the other. */
    lock: (tenantId: string, id: string) =>
      feedbackOf(tenantId).selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

    findByTrackingCode: (tenantId: string, code: string) =>
      feedbackOf(tenantId).selectAll().where('tracking_code', '=', code).executeTakeFirst(),

    update: (tenantId: string, id: string, patch: Updateable<DB['feedback']>) =>
      fdb
        .updateTable('feedback')
        .set(patch)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow(),

    list: (tenantId: string, filter: FeedbackListFilter) =>
      feedbackOf(tenantId)
        .selectAll()
        .$if(filter.unitId !== undefined, (q) =>
          filter.unitId === null ? q.where('unit_id', 'is', null) : q.where('unit_id', '=', filter.unitId ?? ''),
        )
        .$if(!!filter.statuses?.length, (q) => q.where('status', 'in', filter.statuses ?? []))
        .orderBy('submitted_at', 'desc')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute(),

    listPublished: (tenantId: string, limit: number, offset: number) =>
      feedbackOf(tenantId)
        .selectAll()
        .where('status', '=', 'published')
        .orderBy('published_at', 'desc')
        .limit(limit)
        .offset(offset)
        .execute(),

    countPublished: async (tenantId: string) =>
      (
        await feedbackOf(tenantId)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'published')
          .executeTakeFirstOrThrow()
      ).n,

    /** Open feedback of one tenant, or of every tenant when none is given (the calendar's national changes). */
    listOpen: (tenantId: string | null) =>
      fdb
        .selectFrom('feedback')
        .selectAll()
        .where('status', 'in', OPEN_STATUSES)
        .$if(tenantId !== null, (q) => q.where('tenant_id', '=', tenantId ?? ''))
        .execute(),

    /**
     * What the indicators read of many wards' feedback in a period, four queries however many
     * wards: the feedback, their reactions counted, the repeats linked to them and their events, each row with its
     * tenant.
     */
    periodRecordsOf: async (tenantIds: readonly string[], until: Date, since: Date) => {
      // Feedback that may count in a period: submitted before its end and not closed before its start.
      const rows =
        tenantIds.length === 0
          ? []
          : await fdb
              .selectFrom('feedback')
              .selectAll()
              .where('tenant_id', '=', anyUuid(tenantIds))
              .where('submitted_at', '<', until)
              .where((eb) =>
                eb.or([
                  eb('submitted_at', '>=', since),
                  eb.and([eb('closed_at_intake_at', 'is', null), eb('published_at', 'is', null)]),
                  eb('closed_at_intake_at', '>=', since),
                  eb('published_at', '>=', since),
                ]),
              )
              .execute();
      if (rows.length === 0) return { rows, reactions: [], repeats: [], events: [] };
      const tenants = anyUuid([...new Set(rows.map((r) => r.tenant_id))]);
      const ids = anyUuid(rows.map((r) => r.id));
      const [reactions, repeats, events] = await Promise.all([
        fdb
          .selectFrom('feedback_reactions')
          .select(['tenant_id', 'feedback_id', 'reaction', (eb) => eb.fn.countAll<number>().as('n')])
          .where('tenant_id', '=', tenants)
          .where('feedback_id', '=', ids)
          .groupBy(['tenant_id', 'feedback_id', 'reaction'])
          .execute(),
        fdb
          .selectFrom('feedback')
          .select(['tenant_id', 'id', 'related_feedback_id', 'submitted_at'])
          .where('tenant_id', '=', tenants)
          .where('related_feedback_id', '=', ids)
          .execute(),
        fdb
          .selectFrom('feedback_events')
          .selectAll()
          .where('tenant_id', '=', tenants)
          .where('feedback_id', '=', ids)
          .orderBy('tenant_id')
          .orderBy('feedback_id')
          .orderBy('seq')
          .execute(),
      ]);
      return { rows, reactions, repeats, events };
    },

    /** The feedback settings of the wards that changed them. */
    settingsOf: (tenantIds: readonly string[]) =>
      tenantIds.length === 0
        ? Promise.resolve([])
        : fdb.selectFrom('feedback_settings').selectAll().where('tenant_id', '=', anyUuid(tenantIds)).execute(),

    events: (tenantId: string, ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : fdb
            .selectFrom('feedback_events')
            .selectAll()
            .where('tenant_id', '=', tenantId)
            .where('feedback_id', 'in', ids)
            .orderBy('feedback_id')
            .orderBy('seq')
            .execute(),

    /** Appends an event with the next number of its feedback; call inside the change's transaction. */
    addEvent: (row: Omit<Insertable<DB['feedback_events']>, 'seq'>) =>
      fdb
        .insertInto('feedback_events')
        .values((eb) => ({
          ...row,
          seq: eb
            .selectFrom('feedback_events')
            .select(sql<number>`coalesce(max(seq), 0) + 1`.as('next'))
            .where('tenant_id', '=', row.tenant_id)
            .where('feedback_id', '=', row.feedback_id),
        }))
        .execute(),

    attachments: (tenantId: string, feedbackId: string) =>
      fdb
        .selectFrom('feedback_attachments')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('feedback_id', '=', feedbackId)
        .orderBy('created_at')
        .execute(),

    addAttachment: (row: Insertable<DB['feedback_attachments']>) =>
      fdb.insertInto('feedback_attachments').values(row).execute(),

    /** Likes and dislikes per feedback. */
    reactionCounts: async (tenantId: string, ids: readonly string[]) => {
      if (ids.length === 0) return new Map<string, { likes: number; dislikes: number }>();
      const rows = await fdb
        .selectFrom('feedback_reactions')
        .select(['feedback_id', 'reaction', (eb) => eb.fn.countAll<number>().as('n')])
        .where('tenant_id', '=', tenantId)
        .where('feedback_id', 'in', ids)
        .groupBy(['feedback_id', 'reaction'])
        .execute();
      const counts = new Map<string, { likes: number; dislikes: number }>();
      for (const r of rows) {
        const c = counts.get(r.feedback_id) ?? { likes: 0, dislikes: 0 };
        if (r.reaction === 'like') c.likes = r.n;
        else c.dislikes = r.n;
        counts.set(r.feedback_id, c);
      }
      return counts;
    },

    /** One reaction per voter: a second click changes it. */
    saveReaction: (row: Insertable<DB['feedback_reactions']>) =>
      fdb
        .insertInto('feedback_reactions')
        .values(row)
        .onConflict((c) =>
          c.columns(['tenant_id', 'feedback_id', 'voter_hash']).doUpdateSet((eb) => ({
            reaction: eb.ref('excluded.reaction'),
            reason: eb.ref('excluded.reason'),
            at: eb.ref('excluded.at'),
          })),
        )
        .execute(),

    /** Reasons given with dislikes, for the unit and the observer. */
    dissatisfactionReasons: (tenantId: string, feedbackId: string) =>
      fdb
        .selectFrom('feedback_reactions')
        .select(['reason', 'at'])
        .where('tenant_id', '=', tenantId)
        .where('feedback_id', '=', feedbackId)
        .where('reaction', '=', 'dislike')
        .where('reason', 'is not', null)
        .orderBy('at')
        .execute(),

    /** Later feedback linked to these, with their submission times (a repeat about the same matter). */
    repeatsOf: (tenantId: string, ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : feedbackOf(tenantId)
            .select(['id', 'related_feedback_id', 'submitted_at', 'tracking_code'])
            .where('related_feedback_id', 'in', ids)
            .execute(),

    /** Stores a reminder once: the key (feedback, kind, due moment) makes a second run a no-op. */
    addReminder: async (row: Insertable<DB['feedback_reminders']>) => {
      const result = await fdb
        .insertInto('feedback_reminders')
        .values(row)
        .onConflict((c) => c.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    remindersOn: (tenantId: string, day: string, unitId: string | null | undefined) =>
      fdb
        .selectFrom('feedback_reminders as r')
        .innerJoin('feedback as f', (j) =>
          j.onRef('f.tenant_id', '=', 'r.tenant_id').onRef('f.id', '=', 'r.feedback_id'),
        )
        .select(['r.feedback_id', 'r.kind', 'r.due_at', 'r.remind_on', 'f.tracking_code', 'f.title', 'f.unit_id'])
        .where('r.tenant_id', '=', tenantId)
        .where('r.remind_on', '<=', day)
        .where('r.due_at', '>=', vietnamDayStart(day))
        .where('f.status', 'in', OPEN_STATUSES)
        .$if(unitId !== undefined, (q) => q.where('r.unit_id', '=', unitId ?? ''))
        .orderBy('r.due_at')
        .execute(),

    /** Feedback about one legal document of the ward (task 19). */
    aboutLegalDocument: (tenantId: string, documentId: string) =>
      feedbackOf(tenantId)
        .select(['id', 'tracking_code', 'title', 'status'])
        .where('legal_document_id', '=', documentId)
        .orderBy('submitted_at', 'desc')
        .execute(),

    tenantIdsWithOpenFeedback: async () =>
      (
        await fdb.selectFrom('feedback').select('tenant_id').distinct().where('status', 'in', OPEN_STATUSES).execute()
      ).map((r) => r.tenant_id),
  };
}

export type FeedbackRepository = ReturnType<typeof feedbackRepository>;
