import type { Db } from '../../db/database.js';
import { type ChainLink, chainHead, chainLinks, tenantsByCode } from './repository.js';

/** What can be wrong with a link of the chain. */
export type ChainProblemKind = 'edited' | 'deleted' | 'reordered' | 'unchained';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** The event's place in its tenant's chain (null for an event written with the chain's trigger off). */
  seq: number | null;
  /** The event's row id (null for events missing at the chain's end). */
  id: string | null;
}

export interface ChainReport {
  tenant: string;
  events: number;
  ok: boolean;
  /** The last link: write it down elsewhere to catch a chain rewritten from start to end. */
  headSeq: number | null;
  headHash: string | null;
  problems: ChainProblem[];
}

const same = (a: Buffer | null, b: Buffer | null) => (a === null || b === null ? a === b : a.equals(b));

/** Walks one tenant's links in chain order; each broken link is named once, by the first rule it breaks. */
function walk(links: readonly ChainLink[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prev: Buffer | null = null;
  let expected = 1;
  for (const link of links) {
    const seq = link.seq === null ? null : Number(link.seq);
    if (seq === null) {
      problems.push({ kind: 'unchained', seq, id: link.id });
      continue;
    }
    if (!same(link.recomputed, link.hash)) problems.push({ kind: 'edited', seq, id: link.id });
    else if (seq > expected) problems.push({ kind: 'deleted', seq: expected, id: null });
    else if (!same(link.prev_hash, prev)) problems.push({ kind: 'reordered', seq, id: link.id });
    prev = link.hash;
    expected = seq + 1;
  }
  return problems;
}

/**
 * Checks a tenant's audit chain (migration 0011): every event's hash over its content and the previous link, no
 * gap in the sequence, and the head matching the last event, so edited, deleted (also at the end) and reordered
 * events show.
 */
export async function verifyTenantChain(db: Db, tenant: { id: string; code: string }): Promise<ChainReport> {
  const rows = await chainLinks(db, tenant.id);
  const h = await chainHead(db, tenant.id);
  const problems = walk(rows);
  const last = [...rows].reverse().find((r) => r.seq !== null);
  if (h && (Number(h.last_seq) !== Number(last?.seq ?? 0) || !same(h.last_hash, last?.hash ?? null))) {
    problems.push({ kind: 'deleted', seq: Number(last?.seq ?? 0) + 1, id: null });
  }
  return {
    tenant: tenant.code,
    events: rows.length,
    ok: problems.length === 0,
    headSeq: h ? Number(h.last_seq) : null,
    headHash: h ? h.last_hash.toString('hex') : null,
    problems,
  };
}

/** Every tenant's chain, or one tenant's by code (undefined when no tenant has the code). */
export async function verifyAuditChains(db: Db, code?: string): Promise<ChainReport[] | undefined> {
  const tenants = await tenantsByCode(db, code);
  if (code !== undefined && tenants.length === 0) return undefined;
  const reports: ChainReport[] = [];
  for (const t of tenants) reports.push(await verifyTenantChain(db, t));
  return reports;
}
