// Group 3, online services (3.1–3.3) and online payment (3.5, 3.6). All dossier counts here use the dossiers
// accepted in the period: for a dossier, processing starts at acceptance (docs/DOMAIN.md §3).
import { type DossierRecord, normaliseChannel, type ProcedureRecord } from '../dossiers/index.js';
import type { DossierFacts } from './facts.js';
import type { Tally } from './types.js';

/** Dossiers accepted inside the period. */
export function receivedInPeriod(facts: readonly DossierFacts[]): DossierFacts[] {
  return facts.filter((fact) => fact.receivedInPeriod && fact.standing !== null);
}

const isOnlineService = (procedure: ProcedureRecord) => procedure.onlineLevel !== 'none';
const isOnline = (dossier: DossierRecord) => normaliseChannel(dossier.channel) === 2;

/** A procedure bears a fee when its fee is neither empty nor 0. */
export function bearsFee(procedure: ProcedureRecord | undefined): boolean {
  return procedure !== undefined && procedure.fee !== null && procedure.fee > 0;
}

const paidOnline = (dossier: DossierRecord) =>
  (dossier.payments ?? []).some((payment) => payment.place === 'portal' || payment.place === 'gateway');

/** 3.1: procedures offered online, partly or fully ÷ the ward's commune-level procedures. */
export function proceduresOnline(procedures: readonly ProcedureRecord[]): Tally<ProcedureRecord> {
  return { numerator: procedures.filter(isOnlineService), denominator: procedures };
}

function proceduresWith(facts: readonly DossierFacts[], test: (dossier: DossierRecord) => boolean): Set<string> {
  return new Set(facts.filter((fact) => test(fact.dossier)).map((fact) => fact.dossier.procedureCode));
}

/** 3.2: online services with at least one online dossier accepted in the period ÷ online services. */
export function servicesInUse(
  procedures: readonly ProcedureRecord[],
  received: readonly DossierFacts[],
): Tally<ProcedureRecord> {
  const services = procedures.filter(isOnlineService);
  const used = proceduresWith(received, isOnline);
  return { numerator: services.filter((procedure) => used.has(procedure.code)), denominator: services };
}

/**
 * Whether an online dossier counts for 3.3: where the procedure returns a paper result, only once it also got an
 * electronic result (a result code and a file link). An online dossier of such a procedure still in processing
 * does not count yet; recomputing the period after its result counts it.
 */
function countsAsOnline(fact: DossierFacts): boolean {
  if (!isOnline(fact.dossier)) return false;
  if (!fact.procedure?.returnsPaperResult) return true;
  const result = fact.dossier.result;
  return Boolean(result?.code) && Boolean(result?.fileUrl);
}

/** 3.3: online dossiers accepted in the period ÷ all accepted in the period; the rate is then × the sync ratio. */
export function submittedOnline(received: readonly DossierFacts[]): Tally<DossierFacts> {
  return { numerator: received.filter(countsAsOnline), denominator: received };
}

/** 3.5.1: fee-bearing procedures with a dossier whose fee lines reached the national portal ÷ fee-bearing procedures. */
export function feesSynced(
  procedures: readonly ProcedureRecord[],
  received: readonly DossierFacts[],
): Tally<ProcedureRecord> {
  const feeBearing = procedures.filter(bearsFee);
  const synced = proceduresWith(received, (dossier) => dossier.synced === true && (dossier.feeLines ?? []).length > 0);
  return { numerator: feeBearing.filter((procedure) => synced.has(procedure.code)), denominator: feeBearing };
}

/** 3.5.2: fee-bearing procedures with a dossier paid online in the period ÷ fee-bearing procedures. */
export function proceduresPaidOnline(
  procedures: readonly ProcedureRecord[],
  received: readonly DossierFacts[],
): Tally<ProcedureRecord> {
  const feeBearing = procedures.filter(bearsFee);
  const paid = proceduresWith(received, paidOnline);
  return { numerator: feeBearing.filter((procedure) => paid.has(procedure.code)), denominator: feeBearing };
}

/**
 * Whether a dossier of a fee-bearing procedure has something to pay. Lines all at 0 (an exemption) leave it out of
 * 3.6; a dossier without any line recorded owes the procedure's fee.
 */
function owesFee(fact: DossierFacts): boolean {
  if (!bearsFee(fact.procedure)) return false;
  const lines = fact.dossier.feeLines ?? [];
  return lines.length === 0 || lines.some((line) => line.amount > 0);
}

/** 3.6: dossiers paid online (portal or province gateway) ÷ dossiers of fee-bearing procedures that owe a fee. */
export function dossiersPaidOnline(received: readonly DossierFacts[]): Tally<DossierFacts> {
  const owing = received.filter(owesFee);
  return { numerator: owing.filter((fact) => paidOnline(fact.dossier)), denominator: owing };
}

/** Whether the export said if the dossier reached the national portal (DaDongBo present). */
export const syncKnown = (fact: DossierFacts) => typeof fact.dossier.synced === 'boolean';

/**
 * 1.4 and the 3.3 sync ratio, from the synced flag: dossiers accepted in the period that reached the national portal
 * ÷ dossiers accepted in the period. Null unless every one of them carries the flag (an export either has DaDongBo or
 * not; a mix of imported and locally entered dossiers is partial data): 1.4 is then entered and the ratio is 1.
 */
export function dossiersSynced(received: readonly DossierFacts[]): Tally<DossierFacts> | null {
  if (received.length === 0 || !received.every(syncKnown)) return null;
  return { numerator: received.filter((fact) => fact.dossier.synced === true), denominator: received };
}
