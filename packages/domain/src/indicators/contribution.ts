// What one dossier adds to each figure of a period, and those additions summed per procedure: the one place that says
// which dossiers an indicator counts. The index is computed from the sums, so a store that keeps the same sums (the
// server's SQL over stored dossier facts) gives the same index; the member lists filter the same flags.
import type { WorkingCalendar } from '../calendar/index.js';
import { type DossierRecord, hasResult, normaliseChannel, officeWorkingMinutes } from '../dossiers/index.js';
import { isOnTimeStanding } from '../dossiers/processing.js';
import type { ProcedureRecord } from '../dossiers/types.js';
import type { DossierFacts } from './facts.js';
import { isInPeriod, type Period } from './period.js';

/** What a dossier is, whatever the period: read from the dossier and its procedure alone. */
export interface DossierTraits {
  /** Submitted online (channel 2). */
  online: boolean;
  /** Counts for 3.3: online, and with an electronic result where the procedure returns a paper one. */
  countsAsOnline: boolean;
  /** The export said whether it reached the national portal (DaDongBo present). */
  syncKnown: boolean;
  synced: boolean;
  /** Synced with fee lines: its fees reached the national portal (3.5.1). */
  feeSynced: boolean;
  /** Paid on the national portal or the province's gateway (3.5.2, 3.6). */
  paidOnline: boolean;
  /** Of a fee-bearing procedure with something to pay: lines all at 0 are an exemption, no line owes the fee. */
  owesFee: boolean;
  /** Its procedure returns a paper result (4.1's base). */
  paperResult: boolean;
  /** Has an electronic result file. */
  resultFile: boolean;
  /** Every component (at least one) and the result have their file (4.2.1). */
  digitised: boolean;
}

/** A procedure bears a fee when its fee is neither empty nor 0. */
export function bearsFee(procedure: ProcedureRecord | undefined): boolean {
  return procedure !== undefined && procedure.fee !== null && procedure.fee > 0;
}

// Module-level tests rather than arrows per call: traits are read for every dossier of every report.
const isPaidOnline = (payment: { place: string }) => payment.place === 'portal' || payment.place === 'gateway';
const owesAmount = (line: { amount: number }) => line.amount > 0;
const hasFile = (component: { hasFile: boolean }) => component.hasFile;

/** The figures a dossier's traits are wanted for (see {@link traitsOf}). */
export interface WantedTraits {
  /** Those of the dossiers received in the period (1.4, 3.2–3.6): channel, sync, fees and payments. */
  received: boolean;
  /** Those of the dossiers processed in it (4.1, 4.2.1): the result's file and the components' files. */
  processed: boolean;
}

const ALL_TRAITS: WantedTraits = Object.freeze({ received: true, processed: true });
const RECEIVED_TRAITS: WantedTraits = Object.freeze({ received: true, processed: false });
const PROCESSED_TRAITS: WantedTraits = Object.freeze({ received: false, processed: true });

/**
 * The period-free traits of a dossier. Given `wanted`, the flags only other figures read are false and the fields
 * behind them are not read: each field read costs, since dossiers from rows, imports and spreads seldom share a
 * hidden class.
 */
export function traitsOf(
  dossier: DossierRecord,
  procedure: ProcedureRecord | undefined,
  wanted: WantedTraits = ALL_TRAITS,
): DossierTraits {
  const paperResult = procedure?.returnsPaperResult === true;
  const online = wanted.received && normaliseChannel(dossier.channel) === 2;
  // 3.3 reads the result of an online dossier with a paper result; 4.1 and 4.2.1 that of a processed one.
  const result = wanted.processed || (online && paperResult) ? dossier.result : null;
  const resultFile = Boolean(result?.fileUrl);
  const synced = wanted.received ? dossier.synced : undefined;
  const feeLines = (wanted.received ? dossier.feeLines : undefined) ?? [];
  const components = (wanted.processed ? dossier.components : undefined) ?? [];
  return {
    online,
    countsAsOnline: online && (!paperResult || (Boolean(result?.code) && resultFile)),
    syncKnown: typeof synced === 'boolean',
    synced: synced === true,
    feeSynced: synced === true && feeLines.length > 0,
    paidOnline: wanted.received && (dossier.payments ?? []).some(isPaidOnline),
    owesFee: wanted.received && bearsFee(procedure) && (feeLines.length === 0 || feeLines.some(owesAmount)),
    paperResult,
    resultFile: wanted.processed && resultFile,
    digitised: components.length > 0 && components.every(hasFile) && resultFile,
  };
}

const NO_TRAITS: DossierTraits = Object.freeze({
  online: false,
  countsAsOnline: false,
  syncKnown: false,
  synced: false,
  feeSynced: false,
  paidOnline: false,
  owesFee: false,
  paperResult: false,
  resultFile: false,
  digitised: false,
});

/** What one dossier adds to the period's figures; the flags after `counted` are false unless it is counted. */
export interface Contribution {
  /** Accepted, and received in the period or carried over into it: 2.1's and 5.4's base. */
  counted: boolean;
  /** Processed or being processed on time under the rules the facts were gathered with (2.1). */
  onTime: boolean;
  /** Drew feedback or a dislike (5.4). */
  complained: boolean;
  /** Has neither an appointment nor a procedure limit, so it counts as late (and is reported). */
  missingDue: boolean;
  /** Accepted inside the period: the base of 3.2–3.6 and 1.4. */
  received: boolean;
  /** Processed with a result (9 or 10) inside the period: the base of 2.2, 4.1 and 4.2.1. */
  processed: boolean;
  /** 2.2: the office's working minutes from receipt to the end, supplement time left out; 0 unless processed. */
  officeMinutes: number;
  /**
   * The dossier's traits read by the figures it enters: those of a dossier received in the period when received,
   * those of one processed in it when processed; the others false (nothing reads them).
   */
  traits: DossierTraits;
}

const wantedTraits = (received: boolean, processed: boolean): WantedTraits =>
  received ? (processed ? ALL_TRAITS : RECEIVED_TRAITS) : PROCESSED_TRAITS;

/** A dossier's contribution to the period its facts were gathered for. */
export function contributionOf(
  fact: DossierFacts,
  period: Period,
  calendar: WorkingCalendar,
  namedByFeedback: ReadonlySet<string>,
): Contribution {
  const { standing, dossier } = fact;
  const counted = standing !== null;
  const received = counted && fact.receivedInPeriod;
  const processed =
    standing?.state === 'finished' && hasResult(standing.end.status) && isInPeriod(standing.judgedOn, period);
  // Only the figures of the dossiers received or processed in the period read traits, each those of its own, so the
  // rest are not worked out (over half of the dossiers a report reads have none: received after it, finished before
  // it, or carried over and not processed in it).
  const traits =
    received || processed ? traitsOf(dossier, fact.procedure, wantedTraits(received, processed)) : NO_TRAITS;
  return {
    counted,
    onTime: standing !== null && isOnTimeStanding(standing),
    // Without feedback the code is not read (nor hashed).
    complained:
      counted && (dossier.disliked === true || (namedByFeedback.size > 0 && namedByFeedback.has(dossier.code))),
    missingDue: standing?.reason === 'no_due_date',
    received,
    processed,
    officeMinutes: processed && standing ? officeWorkingMinutes(calendar, dossier, standing.end.at) : 0,
    traits,
  };
}

/** The contributions of a procedure's dossiers, summed. */
export interface ProcedureTally {
  procedureCode: string;
  counted: number;
  onTime: number;
  complained: number;
  missingDue: number;
  received: number;
  receivedSyncKnown: number;
  receivedSynced: number;
  receivedOnline: number;
  receivedCountsAsOnline: number;
  receivedFeeSynced: number;
  receivedPaidOnline: number;
  receivedOwing: number;
  receivedOwingPaidOnline: number;
  processed: number;
  officeMinutes: number;
  processedPaper: number;
  processedPaperWithFile: number;
  processedDigitised: number;
}

/** The sums' names, for adding and for reading them from another store. */
export const TALLY_COUNTS = [
  'counted',
  'onTime',
  'complained',
  'missingDue',
  'received',
  'receivedSyncKnown',
  'receivedSynced',
  'receivedOnline',
  'receivedCountsAsOnline',
  'receivedFeeSynced',
  'receivedPaidOnline',
  'receivedOwing',
  'receivedOwingPaidOnline',
  'processed',
  'officeMinutes',
  'processedPaper',
  'processedPaperWithFile',
  'processedDigitised',
] as const satisfies readonly (keyof ProcedureTally)[];

/** A tally of nothing yet. */
export function emptyTally(procedureCode: string): ProcedureTally {
  const tally = { procedureCode } as ProcedureTally;
  for (const key of TALLY_COUNTS) tally[key] = 0;
  return tally;
}

const add = (flag: boolean) => (flag ? 1 : 0);

/** Adds one contribution to its procedure's tally. */
export function addContribution(tally: ProcedureTally, c: Contribution): void {
  if (!c.counted) return;
  const t = c.traits;
  tally.counted++;
  tally.onTime += add(c.onTime);
  tally.complained += add(c.complained);
  tally.missingDue += add(c.missingDue);
  if (c.received) {
    tally.received++;
    tally.receivedSyncKnown += add(t.syncKnown);
    tally.receivedSynced += add(t.synced);
    tally.receivedOnline += add(t.online);
    tally.receivedCountsAsOnline += add(t.countsAsOnline);
    tally.receivedFeeSynced += add(t.feeSynced);
    tally.receivedPaidOnline += add(t.paidOnline);
    tally.receivedOwing += add(t.owesFee);
    tally.receivedOwingPaidOnline += add(t.owesFee && t.paidOnline);
  }
  if (c.processed) {
    tally.processed++;
    tally.officeMinutes += c.officeMinutes;
    tally.processedPaper += add(t.paperResult);
    tally.processedPaperWithFile += add(t.paperResult && t.resultFile);
    tally.processedDigitised += add(t.digitised);
  }
}

/** Adds `from` into `into` (the same procedure's tallies from two sources). */
export function mergeTally(into: ProcedureTally, from: ProcedureTally): void {
  for (const key of TALLY_COUNTS) into[key] += from[key];
}
