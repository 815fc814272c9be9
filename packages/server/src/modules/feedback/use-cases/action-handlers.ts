import { type FeedbackAction, redactPersonalData } from '@cchc/domain';
import type { Selectable, Updateable } from 'kysely';
import type { DB } from '../../../db/generated.js';
import type { AppError } from '../../../errors.js';
import type { Lang } from '../../../i18n/messages.js';
import { feedbackMessage } from '../messages.js';
import { publicDraftOf } from '../presenter.js';
import type { ActionBodies } from '../schemas.js';

type Row = Selectable<DB['feedback']>;

/** What an action changes: the row, and what its event records. */
export interface ActionEffect {
  patch: Updateable<DB['feedback']>;
  event: { fromUnitId?: string | null; toUnitId?: string | null; agency?: string | null; note?: string | null };
}

/** What a handler may read: the row before the change, who acts, when, in which language. */
export interface ActionContext {
  row: Row;
  userId: string;
  now: Date;
  lang: Lang;
  /** Whether a unit of the ward is active (routing and transfers need one). */
  unitIsActive(unitId: string): Promise<boolean>;
}

type Handler<A extends FeedbackAction> = (
  body: ActionBodies[A],
  ctx: ActionContext,
) => Promise<ActionEffect> | ActionEffect;

function fail(field: string, key: Parameters<typeof feedbackMessage>[0], lang: Lang): AppError {
  return feedbackMessage.error('validation_failed', key, lang, {}, field);
}

async function checkUnit(ctx: ActionContext, unitId: string): Promise<void> {
  if (!(await ctx.unitIsActive(unitId))) throw fail('unitId', 'unit_not_found', ctx.lang);
  if (unitId === ctx.row.unit_id) throw fail('unitId', 'same_unit', ctx.lang);
}

/**
 * The public version must not carry the submitter's name or contact: the publisher edits the proposed text, and
 * an edit could bring them back. Generic patterns (any phone number) are not enforced here, since an answer may
 * rightly give the office's own hotline.
 */
function checkPublicVersion(version: ActionBodies['publish'], row: Row, lang: Lang): void {
  const known = {
    names: [row.submitter_name],
    contacts: [row.submitter_phone, row.submitter_email, row.submitter_address],
  };
  for (const [field, text] of Object.entries(version)) {
    if (redactPersonalData(text, known).removed > redactPersonalData(text).removed) {
      throw fail(field, 'personal_data_left', lang);
    }
  }
}

function publishEffect(version: ActionBodies['publish'], ctx: ActionContext): ActionEffect {
  checkPublicVersion(version, ctx.row, ctx.lang);
  return {
    patch: {
      published_by: ctx.userId,
      published_at: ctx.now,
      public_title: version.publicTitle,
      public_text: version.publicText,
      public_answer: version.publicAnswer,
    },
    event: {},
  };
}

const HANDLERS: { [A in FeedbackAction]: Handler<A> } = {
  route: async (body, ctx) => {
    await checkUnit(ctx, body.unitId);
    return { patch: { unit_id: body.unitId }, event: { toUnitId: body.unitId, note: body.note ?? null } };
  },
  // A transfer gives the receiving unit its own full time: the answer clock restarts (docs/DOMAIN.md §5).
  transfer: async (body, ctx) => {
    await checkUnit(ctx, body.unitId);
    return {
      patch: { unit_id: body.unitId, last_transfer_at: ctx.now },
      event: { fromUnitId: ctx.row.unit_id, toUnitId: body.unitId, note: body.note ?? null },
    };
  },
  transfer_out: (body, ctx) => ({
    patch: { closed_at_intake_at: ctx.now, transferred_to_agency: body.agency, close_note: body.note ?? null },
    event: { fromUnitId: ctx.row.unit_id, agency: body.agency, note: body.note ?? null },
  }),
  // The first request is what the 5-day deadline judges; a later one only replaces the question.
  request_info: (body, ctx) => ({
    patch: {
      info_requested_at: ctx.row.info_requested_at ?? ctx.now,
      info_request_text: body.text,
      info_supplied_text: null,
    },
    event: { note: body.text },
  }),
  supply_info: (body) => ({ patch: { info_supplied_text: body.text }, event: { note: body.text } }),
  reject: (body, ctx) => ({
    patch: { closed_at_intake_at: ctx.now, reject_reason: body.reason, close_note: body.note },
    event: { note: `${body.reason}: ${body.note}` },
  }),
  submit_answer: (body, ctx) => ({
    patch: {
      answer_text: body.answer,
      answer_submitted_by: ctx.userId,
      answer_submitted_at: ctx.now,
      return_note: null,
    },
    event: {},
  }),
  return_answer: (body) => ({ patch: { return_note: body.note }, event: { note: body.note } }),
  approve: (_body, ctx) => ({ patch: { approved_by: ctx.userId, approved_at: ctx.now }, event: {} }),
  publish: (body, ctx) => publishEffect(body, ctx),
};

/** Runs the handler of an action on its validated body. */
export function effectOf<A extends FeedbackAction>(action: A, body: ActionBodies[A], ctx: ActionContext) {
  return (HANDLERS[action] as Handler<A>)(body, ctx);
}

/** The public version an approval publishes with: what the approver sent, else the proposed draft. */
export function publicVersionFor(body: ActionBodies['approve'], row: Row): ActionBodies['publish'] {
  const draft = publicDraftOf(row);
  return {
    publicTitle: body.publicTitle ?? draft.title,
    publicText: body.publicText ?? draft.text,
    publicAnswer: body.publicAnswer ?? draft.answer,
  };
}
