// What every indicator and the II.06a table need to know of a dossier in a period, worked out once per dossier.
import type { WorkingCalendar } from '../calendar/index.js';
import { type IsoDate, vietnamDateOf } from '../clock.js';
import {
  classifyAccepted,
  type DossierRecord,
  endOfProcessing,
  type ProcedureRecord,
  type ProcessingRules,
  type ProcessingStanding,
  receiptOf,
} from '../dossiers/index.js';
import { isInPeriod, type Period } from './period.js';

/** A dossier's place in a period. */
export interface DossierFacts {
  dossier: DossierRecord;
  procedure: ProcedureRecord | undefined;
  /** Accepted (NgayTiepNhan) inside the period. */
  receivedInPeriod: boolean;
  /** Accepted before the period and not finished when it began (từ kỳ trước chuyển qua). */
  carriedOver: boolean;
  /**
   * How it stands at the end of the period, for a dossier that counts in it: accepted by the period's end and not
   * finished before its start. Null for the others (not accepted, or finished earlier).
   */
  standing: Exclude<ProcessingStanding, { state: 'not_accepted' }> | null;
}

/** What {@link gatherFacts} reads. */
export interface FactsInput {
  period: Period;
  /** The day open dossiers are judged at and later events are unknown: the period's last day unless given. */
  asOf?: IsoDate;
  calendar: WorkingCalendar;
  procedures: readonly ProcedureRecord[];
  dossiers: readonly DossierRecord[];
}

/** The facts and the data problems met on the way. */
export interface GatheredFacts {
  facts: DossierFacts[];
  /** Unknown procedures, once each. */
  warnings: string[];
  /** The counted dossiers without any due date, in the order read (see {@link noDueWarning}). */
  withoutDue: string[];
}

function factsOf(
  input: FactsInput,
  dossier: DossierRecord,
  procedure: ProcedureRecord | undefined,
  rules: ProcessingRules,
): DossierFacts {
  const { period, calendar } = input;
  const asOf = input.asOf ?? period.to;
  const receipt = receiptOf(dossier, asOf);
  if (receipt === null) return notCounted(dossier, procedure);
  const end = endOfProcessing(dossier, asOf);
  // A dossier finished before the period began belongs to an earlier period and counts in none of this one's
  // figures: its due date is not worked out, and its supplements, letter and appointment are not read (each field
  // read costs: dossiers from rows, imports and spreads seldom share a hidden class).
  if (end !== null && vietnamDateOf(end.at) < period.from) return notCounted(dossier, procedure);
  const limit = procedure?.limit ?? null;
  const standing = classifyAccepted(calendar, dossier, receipt, { limit, asOf, rules, end });
  const receivedInPeriod = isInPeriod(vietnamDateOf(receipt), period);
  return { dossier, procedure, receivedInPeriod, carriedOver: !receivedInPeriod, standing };
}

function notCounted(dossier: DossierRecord, procedure: ProcedureRecord | undefined): DossierFacts {
  return { dossier, procedure, receivedInPeriod: false, carriedOver: false, standing: null };
}

const LISTED_CODES = 5;

/** The one warning for all the dossiers without any due date, naming the first few (a whole year may lack them). */
export function noDueWarning(codes: readonly string[]): string {
  const listed = codes.slice(0, LISTED_CODES).join(', ') + (codes.length > LISTED_CODES ? ', …' : '');
  return `${codes.length} hồ sơ không có ngày hẹn trả và thủ tục không có thời hạn, tính là quá hạn: ${listed}`;
}

/** The data warnings of gathered facts: unknown procedures, then the dossiers without a due date. */
export function dataWarnings(warnings: readonly string[], withoutDue: readonly string[]): string[] {
  return withoutDue.length > 0 ? [...warnings, noDueWarning(withoutDue)] : [...warnings];
}

/**
 * Places every dossier in the period under the given processing rules (the 766 rules for the indicators, the plain
 * rules of §3 for form II.06a) and hands each fact to `visit` as it is made. Warns once per unknown procedure, and
 * lists the dossiers without any due date. Callers that sum the facts visit rather than gather them: a year of facts
 * kept in an array outlives the young generation and costs more to collect than to compute.
 */
export function forEachFact(
  input: FactsInput,
  rules: ProcessingRules,
  visit: (fact: DossierFacts) => void,
): Omit<GatheredFacts, 'facts'> {
  const procedures = new Map(input.procedures.map((procedure) => [procedure.code, procedure]));
  const unknown = new Set<string>();
  const withoutDue: string[] = [];
  const warnings: string[] = [];
  for (const dossier of input.dossiers) {
    const procedure = procedures.get(dossier.procedureCode);
    if (procedure === undefined && !unknown.has(dossier.procedureCode)) {
      unknown.add(dossier.procedureCode);
      warnings.push(`Thủ tục ${dossier.procedureCode} không có trong danh mục của đơn vị`);
    }
    const fact = factsOf(input, dossier, procedure, rules);
    if (fact.standing?.reason === 'no_due_date') withoutDue.push(dossier.code);
    visit(fact);
  }
  return { warnings, withoutDue };
}

/** Every dossier's facts in the period (see {@link forEachFact}), in the order of the dossiers. */
export function gatherFacts(input: FactsInput, rules: ProcessingRules): GatheredFacts {
  const facts: DossierFacts[] = [];
  const { warnings, withoutDue } = forEachFact(input, rules, (fact) => facts.push(fact));
  return { facts, warnings, withoutDue };
}
