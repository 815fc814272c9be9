import {
  type Applicant,
  buildApologyLetter,
  buildControlSlip,
  buildReceiptSlip,
  buildSupplementRequest,
  type FormIssuer,
  type OfficialDocument,
  type ResultDelivery,
  vietnamDateOf,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import type { Lang } from '../../../i18n/messages.js';
import { orgRepository } from '../../org/index.js';
import { dossierMessage, type FormFactRule } from '../messages.js';
import { readDossier } from './read-dossiers.js';

/** The one-stop forms a dossier prints: 01 receipt, 02 supplement request, 04 apology letter, 05 control slip. */
export const DOSSIER_FORMS = ['receipt', 'supplement', 'apology', 'control'] as const;
export type DossierForm = (typeof DOSSIER_FORMS)[number];

type Detail = Awaited<ReturnType<typeof readDossier>>;

const DELIVERY: Record<number, ResultDelivery> = { 1: 'counter', 2: 'online', 3: 'post' };
const CENTRE = 'Trung tâm Phục vụ hành chính công';

async function issuerOf(db: Db, tenantId: string): Promise<FormIssuer> {
  const tenants = await orgRepository(db).listTenants({ all: false, tenantId });
  const tenant = tenants[0];
  if (!tenant) throw new AppError('not_found');
  const wardName = tenant.name.replace(/^Phường |^Xã |^Đặc khu /, '');
  return {
    issuer: { parent: 'ỦY BAN NHÂN DÂN', name: tenant.name.toUpperCase(), unit: CENTRE.toUpperCase() },
    name: `${CENTRE} ${tenant.name.charAt(0).toLowerCase()}${tenant.name.slice(1)}`,
    place: wardName,
  };
}

const applicantOf = (d: Detail): Applicant => ({
  name: d.applicant.name,
  address: d.applicant.address ?? undefined,
  phone: d.applicant.phone ?? undefined,
  email: d.applicant.email ?? undefined,
});

/** A fact a form prints; without it the form cannot be made yet, and the refusal says which fact is missing. */
const need = <T>(value: T | null | undefined, missing: FormFactRule, lang: Lang): T => {
  if (value === null || value === undefined) throw dossierMessage.error('conflict', missing, lang);
  return value;
};

/** The actor of the latest audit entry of an action, for the name printed under a form's signature. */
const actorOf = (d: Detail, action: string) => d.timeline.filter((t) => t.action === action).at(-1)?.actorName ?? null;

type Builder = (d: Detail, issuer: FormIssuer, request: RequestContext, copy: 1 | 2) => OfficialDocument;

const BUILDERS: Record<DossierForm, Builder> = {
  receipt: (d, issuer, request, copy) =>
    buildReceiptSlip({
      issuer,
      dossier: { code: d.code, procedureName: d.procedure.name },
      applicant: applicantOf(d),
      components: d.components,
      timeLimit: need(d.limit, 'form_no_time_limit', request.lang),
      receivedAt: new Date(need(d.receivedAt, 'form_not_received', request.lang)),
      dueAt: new Date(need(d.dueAt, 'form_no_due_date', request.lang)),
      delivery: DELIVERY[d.channel ?? 1] ?? 'counter',
      receiverName: actorOf(d, 'dossier.intake') ?? actorOf(d, 'dossier.accept') ?? request.auth.fullName,
      copy,
    }),
  supplement: (d, issuer, request) => {
    const last = need(d.supplements.at(-1), 'form_no_supplement', request.lang);
    return buildSupplementRequest({
      issuer,
      dossier: { code: d.code, procedureName: d.procedure.name },
      applicant: applicantOf(d),
      receivedAt: new Date(need(d.receivedAt, 'form_not_received', request.lang)),
      requestedAt: new Date(last.requestedAt),
      items: last.items,
      reason: last.reason,
      officerName: actorOf(d, 'dossier.request_supplement') ?? request.auth.fullName,
    });
  },
  apology: (d, issuer, request) => {
    const letter = need(d.apologyLetter, 'form_no_apology', request.lang);
    return buildApologyLetter({
      issuer: { ...issuer, name: letter.agency === 'Bộ phận tiếp nhận và trả kết quả' ? issuer.name : letter.agency },
      ...(letter.letterNumber ? { numbering: { written: letter.letterNumber } } : {}),
      dossier: { code: d.code, procedureName: d.procedure.name },
      applicant: applicantOf(d),
      receivedAt: new Date(need(d.receivedAt, 'form_not_received', request.lang)),
      dueAt: new Date(letter.dueAt),
      reason: need(letter.reason, 'form_apology_no_reason', request.lang),
      newDueAt: new Date(need(letter.newDueAt, 'form_apology_no_new_date', request.lang)),
      issuedOn: vietnamDateOf(new Date(need(letter.issuedAt, 'form_apology_not_issued', request.lang))),
      signature: { title: 'GIÁM ĐỐC', name: null },
    });
  },
  control: (d, issuer, request) =>
    buildControlSlip({
      issuer,
      dossier: { code: d.code, procedureName: d.procedure.name },
      applicant: applicantOf(d),
      receivedAt: new Date(need(d.receivedAt, 'form_not_received', request.lang)),
      dueAt: new Date(need(d.dueAt, 'form_no_due_date', request.lang)),
      handlingUnit: d.holder ?? issuer.name,
      handovers: d.handovers.map((h) => ({
        from: h.fromName,
        to: h.toName,
        givenAt: new Date(h.givenAt),
        receivedAt: h.receivedAt ? new Date(h.receivedAt) : null,
        result: h.result,
        note: h.note ?? undefined,
      })),
    }),
};

/** A form of a dossier as an official document, ready for the docx and HTML renderers. */
export async function dossierDocument(
  db: Db,
  request: RequestContext,
  id: string,
  form: DossierForm,
  copy: 1 | 2 = 1,
): Promise<{ code: string; document: OfficialDocument }> {
  const detail = await readDossier(db, request, id);
  const issuer = await issuerOf(db, request.auth.tenantId);
  return { code: detail.code, document: BUILDERS[form](detail, issuer, request, copy) };
}
