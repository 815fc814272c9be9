import { type IsoDate, type RegisterKind, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { inspectionRepository } from '../inspections/index.js';
import { expiredList, legalRepository, shownStatus } from '../legal-documents/index.js';
import { orgRepository } from '../org/index.js';

/**
 * A register record as a plan task shows it: what it is, its number and date (the evidence's), and how far the
 * work it records has gone (`done` of `total` where the register counts: documents reviewed, units concluded).
 */
export interface RegisterRecord {
  kind: RegisterKind;
  id: string;
  year: number;
  title: string;
  number: string | null;
  /** The record's own date (signed, noticed, created); null for the expired list, dated when linked. */
  date: IsoDate | null;
  /** The register's own state word (a document's status, an inspection's), else null. */
  status: string | null;
  done: number | null;
  total: number | null;
  /** The record's page in the web app. */
  url: string;
}

/** `today` is the ward's day: a document's status and the year's expired list follow their dates on it. */
type Reader = (db: Db, tenantId: string, id: string, today: IsoDate) => Promise<RegisterRecord | null>;

const yearOf = (date: string) => Number(date.slice(0, 4));

const readReview: Reader = async (db, tenantId, id) => {
  const repo = legalRepository(db);
  const plan = await repo.findReviewPlan(tenantId, id);
  if (!plan) return null;
  const results = await repo.reviewResults(tenantId, { planId: id });
  return {
    ...{ kind: 'legal_review', id, year: plan.year, title: plan.title, number: plan.reference },
    ...{ date: vietnamDateOf(plan.created_at), status: null, done: results.length, total: null, url: '/van-ban' },
  };
};

const readDocument: Reader = async (db, tenantId, id, today) => {
  const doc = await legalRepository(db).findDocument(tenantId, id);
  if (!doc) return null;
  const status = shownStatus(doc, today).status;
  return {
    ...{ kind: 'legal_document', id, year: yearOf(doc.signed_on), title: doc.title, number: doc.number_symbol },
    ...{ date: doc.signed_on, status, done: null, total: null, url: `/van-ban/${id}` },
  };
};

/** The year's list of expired documents, which the yearly decision announces; its id is the year. */
const readExpiredList: Reader = async (db, tenantId, id, today) => {
  if (!/^\d{4}$/.test(id)) return null;
  const list = await expiredList(db, tenantId, Number(id), today);
  return {
    ...{ kind: 'expired_list', id, year: Number(id), title: `Danh mục văn bản hết hiệu lực năm ${id}` },
    ...{ number: null, date: null, status: null, done: list.whole.length + list.partial.length },
    ...{ total: null, url: '/van-ban' },
  };
};

const readInspectionPlan: Reader = async (db, tenantId, id) => {
  const repo = inspectionRepository(db);
  const plan = await repo.findPlan(tenantId, id);
  if (!plan) return null;
  const inspections = (await repo.inspections(tenantId, { planIds: [id] })).filter((i) => i.status !== 'cancelled');
  return {
    ...{ kind: 'inspection_plan', id, year: plan.year, title: plan.title, number: plan.reference },
    ...{ date: vietnamDateOf(plan.created_at), status: null, url: '/kiem-tra' },
    ...{ done: inspections.filter((i) => i.status === 'concluded').length, total: inspections.length },
  };
};

const readInspection: Reader = async (db, tenantId, id) => {
  const inspection = await inspectionRepository(db).find(tenantId, id);
  if (!inspection) return null;
  const unit = (await orgRepository(db).listUnits(tenantId)).find((u) => u.id === inspection.unit_id);
  return {
    ...{ kind: 'inspection', id, year: yearOf(inspection.planned_from), number: inspection.notice_number },
    ...{ title: `Kiểm tra công tác CCHC: ${unit?.name ?? ''}`.trim(), status: inspection.status },
    ...{ date: inspection.notice_date ?? inspection.planned_from, done: null, total: null, url: `/kiem-tra/${id}` },
  };
};

const READERS: Record<RegisterKind, Reader> = {
  legal_review: readReview,
  legal_document: readDocument,
  expired_list: readExpiredList,
  inspection_plan: readInspectionPlan,
  inspection: readInspection,
};

/** One register record of the tenant, or null when there is none of that kind and id. */
export function readRecord(
  db: Db,
  tenantId: string,
  kind: RegisterKind,
  id: string,
  today: IsoDate,
): Promise<RegisterRecord | null> {
  if (kind !== 'expired_list' && !/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(null);
  return READERS[kind](db, tenantId, id, today);
}

/**
 * The records of a year a task may be linked to: review plans, documents signed that year, the year's expired
 * list, inspection plans and their inspections.
 */
export async function recordsOfYear(db: Db, tenantId: string, year: number, today: IsoDate): Promise<RegisterRecord[]> {
  const legal = legalRepository(db);
  const inspections = inspectionRepository(db);
  const [reviews, docs, plans] = await Promise.all([
    legal.reviewPlans(tenantId),
    legal.listDocuments(tenantId, {}),
    inspections.plans(tenantId, year),
  ]);
  const planInspections = await inspections.inspections(tenantId, { planIds: plans.map((p) => p.id) });
  const ids: [RegisterKind, string][] = [
    ...reviews.filter((r) => r.year === year).map((r): [RegisterKind, string] => ['legal_review', r.id]),
    ...docs.filter((d) => yearOf(d.signed_on) === year).map((d): [RegisterKind, string] => ['legal_document', d.id]),
    ['expired_list', String(year)],
    ...plans.map((p): [RegisterKind, string] => ['inspection_plan', p.id]),
    ...planInspections.map((i): [RegisterKind, string] => ['inspection', i.id]),
  ];
  const records = await Promise.all(ids.map(([kind, id]) => readRecord(db, tenantId, kind, id, today)));
  return records.filter((r): r is RegisterRecord => r !== null);
}
