// Deterministic random dossiers (a small LCG, so a seed always gives the same set) for the property tests and the
// bench. Each dossier walks the allowed status moves from its receipt, so histories are ones cchc could record.
import { type DossierStatus, nextStatuses } from '../../dossiers/status.js';
import type { DossierRecord, ProcedureRecord, StatusChange, SupplementRequest } from '../../dossiers/types.js';
import { periodOf } from '../period.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const START = Date.parse('2026-02-01T00:00:00+07:00');
const SPAN = 70 * DAY; // receipts from February to mid-April around the March period

/** A random number source in [0, 1). */
export type Random = () => number;

/** An LCG random source from a seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Procedures of every kind: with and without fee, limit, online service and paper result. */
export const RANDOM_PROCEDURES: ProcedureRecord[] = [
  {
    code: 'A',
    name: 'A',
    field: 'Hộ tịch',
    limit: { days: 3 },
    fee: null,
    onlineLevel: 'full',
    returnsPaperResult: true,
  },
  {
    code: 'B',
    name: 'B',
    field: 'Chứng thực',
    limit: { hours: 4 },
    fee: 2000,
    onlineLevel: 'partial',
    returnsPaperResult: true,
  },
  {
    code: 'C',
    name: 'C',
    field: 'Xây dựng',
    limit: { days: 15 },
    fee: 50_000,
    onlineLevel: 'full',
    returnsPaperResult: false,
  },
  {
    code: 'D',
    name: 'D',
    field: 'Đất đai',
    limit: { days: 10 },
    fee: 0,
    onlineLevel: 'none',
    returnsPaperResult: true,
  },
  { code: 'E', name: 'E', field: 'Hộ tịch', limit: null, fee: 10_000, onlineLevel: 'none', returnsPaperResult: false },
];

// Half the steps take the usual road (accept → process → processed → returned), so results and 2.2 get data.
const USUAL_NEXT: Partial<Record<DossierStatus, DossierStatus>> = { 2: 4, 4: 9, 5: 4, 6: 9, 9: 10 };

interface Walk {
  history: StatusChange[];
  supplements: SupplementRequest[];
}

function walk(random: Random, receivedAt: number): Walk {
  const history: StatusChange[] = [{ status: 2, at: new Date(receivedAt) }];
  const supplements: SupplementRequest[] = [];
  let status: DossierStatus = 2;
  let at = receivedAt;
  const steps = Math.floor(random() * 7);
  for (let step = 0; step < steps && nextStatuses(status).length > 0; step++) {
    at += 10 * MINUTE + Math.floor(random() * 4 * DAY);
    const next: DossierStatus = (random() < 0.5 ? USUAL_NEXT[status] : undefined) ?? pick(random, nextStatuses(status));
    if (next === 5) supplements.push({ requestedAt: new Date(at), suppliedAt: null });
    const open = supplements.at(-1);
    if (status === 5 && next === 4 && open) open.suppliedAt = new Date(at);
    history.push({ status: next, at: new Date(at) });
    status = next;
  }
  return { history, supplements };
}

function feesOf(random: Random, procedure: ProcedureRecord): Pick<DossierRecord, 'feeLines' | 'payments'> {
  const fee = procedure.fee ?? 0;
  const roll = random();
  const feeLines = roll < 0.7 ? [{ name: 'Lệ phí', amount: fee }] : roll < 0.85 ? [{ name: 'Miễn', amount: 0 }] : [];
  const place = pick(random, ['portal', 'gateway', 'offline'] as const);
  const payments = fee > 0 && random() < 0.6 ? [{ place, paidAt: new Date(START), amount: fee }] : [];
  return { feeLines, payments };
}

function randomDossier(random: Random, index: number): DossierRecord {
  const procedure = pick(random, RANDOM_PROCEDURES);
  const receivedAt = START + Math.floor(random() * SPAN);
  const code = `R-${index}`;
  const base = {
    code,
    procedureCode: procedure.code,
    unitId: pick(random, ['u1', 'u2']),
    channel: pick(random, [1, 2, 3, null] as const),
  };
  if (random() < 0.08) {
    const history = [
      { status: 1, at: new Date(receivedAt) },
      { status: 3, at: new Date(receivedAt + DAY) },
    ] as StatusChange[];
    return { ...base, receivedAt: null, dueAt: null, history };
  }
  const { history, supplements } = walk(random, receivedAt);
  const dueAt = random() < 0.5 ? null : new Date(receivedAt + Math.floor(random() * 15 * DAY));
  const apology =
    random() < 0.1
      ? { issuedAt: new Date(receivedAt + DAY), newDueAt: new Date(receivedAt + 20 * DAY), reason: 'x' }
      : null;
  const filed = random() < 0.7;
  return {
    ...base,
    receivedAt: new Date(receivedAt),
    dueAt,
    history,
    supplements,
    apology,
    ...feesOf(random, procedure),
    components: [{ name: 'Tờ khai', hasFile: filed }],
    result: random() < 0.6 ? { code: `KQ-${index}`, fileUrl: filed ? `f/${index}` : null } : null,
    synced: random() < 0.5,
    disliked: random() < 0.05,
  };
}

/** `count` random dossiers around March 2026, the same ones for the same seed. */
export function generateDossiers(count: number, seed: number): DossierRecord[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => randomDossier(random, index));
}

/** The period the random dossiers are built around. */
export const RANDOM_PERIOD = periodOf('2026-03');
