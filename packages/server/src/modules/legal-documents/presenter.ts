import { formatVietnamDate, type IsoDate, legalStatusOn } from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { DB } from '../../db/generated.js';

type Doc = Selectable<DB['legal_documents']>;

/** The status and end day a document shows on the day: past its expiry it is expired without a hand edit. */
export const shownStatus = (d: Doc, today: IsoDate) =>
  legalStatusOn({ status: d.status, effectiveOn: d.effective_on, expiresOn: d.expires_on, endedOn: d.ended_on }, today);

/** A document as lists show it, its status as its dates make it on the day. */
export const presentDocument = (d: Doc, today: IsoDate) => ({
  id: d.id,
  numberSymbol: d.number_symbol,
  docType: d.doc_type,
  title: d.title,
  issuer: d.issuer,
  signedOn: d.signed_on,
  effectiveOn: d.effective_on,
  expiresOn: d.expires_on,
  ...shownStatus(d, today),
  file: d.file_sha256 && d.file_name ? { name: d.file_name, type: d.file_type ?? '', size: d.file_size ?? 0 } : null,
});

/** A short reference to a document, for links and history. */
export const documentRef = (d: Doc, today: IsoDate) => ({
  id: d.id,
  numberSymbol: d.number_symbol,
  title: d.title,
  status: shownStatus(d, today).status,
});

const TYPE_NAMES = { resolution: 'Nghị quyết', decision: 'Quyết định' } as const;

/** `Quyết định số 05/2026/QĐ-UBND ngày 10/01/2026`, as documents cite each other. */
export function citation(d: Doc): string {
  return `${TYPE_NAMES[d.doc_type]} số ${d.number_symbol} ngày ${formatVietnamDate(d.signed_on)}`;
}

/** The document type's Vietnamese name. */
export const typeName = (d: Doc) => TYPE_NAMES[d.doc_type];
