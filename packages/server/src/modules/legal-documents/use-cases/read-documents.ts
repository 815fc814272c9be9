import type { IsoDate, LegalStatus } from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { DB } from '../../../db/generated.js';
import { AppError } from '../../../errors.js';
import { feedbackRepository } from '../../feedback/index.js';
import { citation, documentRef, presentDocument, shownStatus } from '../presenter.js';
import { legalRepository } from '../repository.js';

type Doc = Selectable<DB['legal_documents']>;

/**
 * The ward's documents, newest first, by status or by words of their number or title. The status filter reads the
 * status the dates make on the day (a ward holds hundreds of documents, not millions), so list, filter and counts agree.
 */
export async function listDocuments(
  db: Db,
  tenantId: string,
  filter: { status?: LegalStatus | undefined; q?: string | undefined },
  today: IsoDate,
) {
  const rows = await legalRepository(db).listDocuments(tenantId, { q: filter.q });
  return rows.map((d) => presentDocument(d, today)).filter((d) => !filter.status || d.status === filter.status);
}

async function documentsById(db: Db, tenantId: string, ids: readonly string[]): Promise<Map<string, Doc>> {
  const repo = legalRepository(db);
  const found = await Promise.all([...new Set(ids)].map((id) => repo.findDocument(tenantId, id)));
  return new Map(found.flatMap((d) => (d ? [[d.id, d] as const] : [])));
}

/** One document with the documents it acts on and those acting on it, its history, reviews and feedback. */
export async function documentDetail(db: Db, tenantId: string, id: string, canManage: boolean, today: IsoDate) {
  const repo = legalRepository(db);
  const doc = await repo.findDocument(tenantId, id);
  if (!doc) throw new AppError('not_found');
  const [links, history, reviews, feedback] = await Promise.all([
    repo.linksOf(tenantId, id),
    repo.history(tenantId, id),
    repo.reviewResults(tenantId, { documentId: id }),
    feedbackRepository(db).aboutLegalDocument(tenantId, id),
  ]);
  const others = await documentsById(db, tenantId, [
    ...links.flatMap((l) => [l.source_id, l.target_id]),
    ...history.flatMap((h) => (h.by_document_id ? [h.by_document_id] : [])),
  ]);
  const ref = (otherId: string) => {
    const other = others.get(otherId);
    return other ? documentRef(other, today) : null;
  };
  const link = (l: (typeof links)[number], otherId: string) => {
    const document = ref(otherId);
    return document ? [{ relation: l.relation, effectiveOn: l.effective_on, note: l.note, document }] : [];
  };
  return {
    ...presentDocument(doc, today),
    acts: links.filter((l) => l.source_id === id).flatMap((l) => link(l, l.target_id)),
    actedOnBy: links.filter((l) => l.target_id === id).flatMap((l) => link(l, l.source_id)),
    history: history.map((h) => ({
      from: h.from_status,
      to: h.to_status,
      byDocument: h.by_document_id ? ref(h.by_document_id) : null,
      note: h.note,
      changedAt: h.changed_at.toISOString(),
    })),
    reviews: reviews.map((r) => ({
      planId: r.review_plan_id,
      conclusion: r.conclusion,
      note: r.note,
      reviewedAt: r.reviewed_at.toISOString(),
    })),
    feedback: feedback.map((f) => ({ id: f.id, trackingCode: f.tracking_code, title: f.title, status: f.status })),
    canManage,
  };
}

const ENDED: readonly LegalStatus[] = ['expired', 'replaced', 'repealed'];

const WHOLE_REASONS: Partial<Record<LegalStatus, string>> = {
  replaced: 'Được thay thế bởi',
  repealed: 'Bị bãi bỏ bởi',
  expired: 'Hết hiệu lực theo',
};

/** Why a document ended, as the list prints it: `Bị bãi bỏ bởi Quyết định số … ngày …`. */
function wholeReason(status: LegalStatus, by: Doc | undefined): string {
  if (!by) return 'Hết thời hạn có hiệu lực đã được quy định trong văn bản';
  return `${WHOLE_REASONS[status] ?? 'Hết hiệu lực theo'} ${citation(by)}`;
}

/**
 * The yearly list of expired documents (task 13): those that stopped being in force in the year, wholly
 * (expired, replaced, repealed) or in part (amended), each with the reason and the acting document.
 */
export async function expiredList(db: Db, tenantId: string, year: number, today: IsoDate) {
  const repo = legalRepository(db);
  const docs = await repo.endedInYear(tenantId, year);
  const details = await Promise.all(
    docs.map(async (d) => ({
      doc: d,
      links: await repo.linksOf(tenantId, d.id),
      history: await repo.history(tenantId, d.id),
    })),
  );
  const others = await documentsById(db, tenantId, [
    ...details.flatMap((x) => x.links.map((l) => l.source_id)),
    ...details.flatMap((x) => x.history.flatMap((h) => (h.by_document_id ? [h.by_document_id] : []))),
  ]);
  const inYear = (date: string) => date.startsWith(`${year}-`);
  const whole = details
    .map((x) => ({ ...x, shown: shownStatus(x.doc, today) }))
    .filter(({ shown }) => shown.endedOn && inYear(shown.endedOn) && ENDED.includes(shown.status))
    .map(({ doc, history, shown }) => {
      // The history entry that ended it names the acting document, expiry by another document included; a term
      // that ran out has none.
      const ending = history.filter((h) => h.to_status === shown.status).at(-1);
      const by = ending?.by_document_id ? others.get(ending.by_document_id) : undefined;
      return { ...presentDocument(doc, today), reason: wholeReason(shown.status, by) };
    });
  const amendingIn = (doc: Doc, links: (typeof details)[number]['links']) =>
    links.filter((l) => l.target_id === doc.id && l.relation === 'amends' && inYear(l.effective_on));
  const partial = details
    .filter(({ doc, links }) => !whole.some((w) => w.id === doc.id) && amendingIn(doc, links).length > 0)
    .map(({ doc, links }) => {
      const amending = amendingIn(doc, links);
      const by = amending.flatMap((l) => (others.get(l.source_id) ? [citation(others.get(l.source_id) as Doc)] : []));
      return { ...presentDocument(doc, today), reason: `Được sửa đổi, bổ sung bởi ${by.join('; ')}` };
    });
  return { year, whole, partial };
}
