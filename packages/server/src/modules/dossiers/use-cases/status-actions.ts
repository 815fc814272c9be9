import { actionAllowedFrom, DOSSIER_STATUS as S } from '@cchc/domain';
import type { z } from 'zod';
import type { StoredSupplement } from '../../../db/column-types.js';
import type { ReasonedMessage } from '../../../errors.js';
import { dossierMessage } from '../messages.js';
import type { ACTION_BODIES } from '../schemas.js';
import type { ChangeOutcome, DossierChange } from './change-dossier.js';
import { acceptanceColumns, moveTo, requireOpen } from './moves.js';
import { loadDossierSettings } from './settings.js';

type Body<A extends keyof typeof ACTION_BODIES> = z.infer<(typeof ACTION_BODIES)[A]>;
type Handler<A extends keyof typeof ACTION_BODIES> = (change: DossierChange, body: Body<A>) => Promise<ChangeOutcome>;

async function requestSupplement(change: DossierChange, body: Body<'request_supplement'>): Promise<ChangeOutcome> {
  const agency = change.row.holder ?? '';
  const earlier = change.row.supplements.filter((s) => s.agency === agency).length;
  const warnings: ReasonedMessage[] = [];
  if (earlier > 0) {
    const { secondSupplement } = await loadDossierSettings(change.trx, change.auth.tenantId);
    if (secondSupplement === 'refuse') {
      throw dossierMessage.error('conflict', 'second_supplement_refused', change.lang);
    }
    if (secondSupplement === 'warn') warnings.push(dossierMessage.reasoned('second_supplement_warning', change.lang));
  }
  const request: StoredSupplement = {
    requestedAt: change.now.toISOString(),
    suppliedAt: null,
    agency,
    items: body.items,
    reason: body.reason,
  };
  const patch = moveTo(change, S.supplementRequested, { supplements: [...change.row.supplements, request] });
  return { patch, action: 'request_supplement', data: { items: body.items, reason: body.reason }, warnings };
}

function receiveSupplement(change: DossierChange, body: Body<'receive_supplement'>): ChangeOutcome {
  moveTo(change, S.processing); // a final status answers with the move's own sentence first
  if (!actionAllowedFrom('receive_supplement', change.row.status)) {
    throw dossierMessage.error('conflict', 'supplement_not_requested', change.lang);
  }
  const at = change.now.toISOString();
  // The open request closes now: the applicant's time ends and the clock runs again (Decree 61).
  const supplements = change.row.supplements.map((s) => (s.suppliedAt === null ? { ...s, suppliedAt: at } : s));
  return {
    patch: moveTo(change, S.processing, { supplements }),
    action: 'receive_supplement',
    data: { note: body.note },
  };
}

function requestPayment(change: DossierChange, body: Body<'request_payment'>): ChangeOutcome {
  const fee = change.procedure.fee;
  const feeLines = body.feeLines ?? (fee ? [{ name: 'Phí, lệ phí', amount: fee }] : change.row.fee_lines);
  return {
    patch: moveTo(change, S.paymentRequested, { fee_lines: feeLines }),
    action: 'request_payment',
    data: { feeLines },
  };
}

function recordPayment(change: DossierChange, body: Body<'record_payment'>): ChangeOutcome {
  requireOpen(change, 'record_payment');
  const paidAt = body.paidAt ? new Date(body.paidAt) : change.now;
  const payments = [...change.row.payments, { place: body.place, paidAt: paidAt.toISOString(), amount: body.amount }];
  const fee = change.procedure.fee;
  // A payment without fee lines owes the procedure's fee, which 3.6 needs to see.
  const feeLines =
    change.row.fee_lines.length === 0 && fee ? [{ name: 'Phí, lệ phí', amount: fee }] : change.row.fee_lines;
  const patch = { payments, fee_lines: feeLines };
  // Paying meets the financial obligation: processing resumes.
  const moved = change.row.status === S.paymentRequested ? moveTo(change, S.processing, patch) : patch;
  return { patch: moved, action: 'record_payment', data: { place: body.place, amount: body.amount } };
}

function finish(change: DossierChange, body: Body<'finish'>): ChangeOutcome {
  const patch = moveTo(change, S.processed, {
    result_code: body.resultCode ?? change.row.result_code,
    result_file_url: body.resultFileUrl ?? change.row.result_file_url,
  });
  return { patch, action: 'finish', data: { resultCode: body.resultCode, note: body.note } };
}

const simple =
  (action: string, target: 2 | 3 | 4 | 7 | 8 | 10) =>
  async (change: DossierChange, body: { note?: string; reason?: string }): Promise<ChangeOutcome> => {
    const extra = target === S.accepted ? acceptanceColumns(change, change.now) : {};
    const patch = moveTo(change, target, extra);
    if (!actionAllowedFrom(action, change.row.status)) {
      throw dossierMessage.error('conflict', 'start_not_accepted', change.lang);
    }
    return { patch, action, data: body };
  };

/** The handlers of the actions that move a dossier's status, one per action. */
export const STATUS_ACTIONS: { [A in keyof typeof ACTION_BODIES]?: Handler<A> } = {
  accept: simple('accept', S.accepted),
  refuse: simple('refuse', S.refused),
  start: simple('start', S.processing),
  request_supplement: requestSupplement,
  receive_supplement: async (c, b) => receiveSupplement(c, b),
  request_payment: async (c, b) => requestPayment(c, b),
  record_payment: async (c, b) => recordPayment(c, b),
  withdraw: simple('withdraw', S.withdrawn),
  stop: simple('stop', S.stopped),
  finish: async (c, b) => finish(c, b),
  return_result: simple('return_result', S.returned),
};
