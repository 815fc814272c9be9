// The dossiers or procedures behind a figure: the same flags the tallies sum, listed instead of counted.
import type { ProcedureRecord } from '../dossiers/index.js';
import type { IndicatorCode } from './config.js';
import { bearsFee, type Contribution, type ProcedureTally } from './contribution.js';
import type { DossierFacts } from './facts.js';
import type { IndicatorMembers } from './types.js';

/** A dossier's facts and what it adds to the period. */
export interface MemberRow {
  fact: DossierFacts;
  contribution: Contribution;
}

type Test = (c: Contribution) => boolean;

const counted: Test = (c) => c.counted;
const received: Test = (c) => c.received;
const processed: Test = (c) => c.processed;
const owing: Test = (c) => c.received && c.traits.owesFee;
const paper: Test = (c) => c.processed && c.traits.paperResult;

/** The numerator and denominator tests of each indicator counted over dossiers. */
const DOSSIER_TESTS: Partial<Record<IndicatorCode, [Test, Test]>> = {
  '2.1': [(c) => c.counted && c.onTime, counted],
  '2.2': [processed, processed],
  '3.3': [(c) => c.received && c.traits.countsAsOnline, received],
  '3.6': [(c) => owing(c) && c.traits.paidOnline, owing],
  '4.1': [(c) => paper(c) && c.traits.resultFile, paper],
  '4.2.1': [(c) => c.processed && c.traits.digitised, processed],
};

const isOnlineService = (procedure: ProcedureRecord) => procedure.onlineLevel !== 'none';

/** The base of each indicator counted over procedures, and the tally that must be above 0 for its numerator. */
const PROCEDURE_TESTS: Partial<Record<IndicatorCode, [(p: ProcedureRecord) => boolean, keyof ProcedureTally | null]>> =
  {
    '3.1': [isOnlineService, null],
    '3.2': [isOnlineService, 'receivedOnline'],
    '3.5.1': [bearsFee, 'receivedFeeSynced'],
    '3.5.2': [bearsFee, 'receivedPaidOnline'],
  };

const codesWhere = (rows: readonly MemberRow[], test: Test) =>
  rows.filter((row) => test(row.contribution)).map((row) => row.fact.dossier.code);

function procedureMembers(
  [base, key]: [(p: ProcedureRecord) => boolean, keyof ProcedureTally | null],
  procedures: readonly ProcedureRecord[],
  tallies: ReadonlyMap<string, ProcedureTally>,
): IndicatorMembers {
  // 3.1 counts offered services (numerator) among all procedures (denominator).
  const denominator = key === null ? procedures : procedures.filter(base);
  const numerator = denominator.filter((p) => (key === null ? base(p) : Number(tallies.get(p.code)?.[key] ?? 0) > 0));
  return { kind: 'procedure', numerator: numerator.map((p) => p.code), denominator: denominator.map((p) => p.code) };
}

function satisfactionMembers(rows: readonly MemberRow[]): IndicatorMembers {
  const late: Test = (c) => c.counted && !c.onTime;
  const complained: Test = (c) => c.complained;
  return {
    kind: 'dossier',
    numerator: codesWhere(rows, (c) => c.counted && !late(c) && !complained(c)),
    denominator: codesWhere(rows, counted),
    late: codesWhere(rows, late),
    complained: codesWhere(rows, complained),
  };
}

/** 1.4 lists its dossiers only when every one accepted in the period says whether it was synced. */
function syncedMembers(rows: readonly MemberRow[]): IndicatorMembers | null {
  const base = rows.filter((row) => row.contribution.received);
  if (base.length === 0 || !base.every((row) => row.contribution.traits.syncKnown)) return null;
  return {
    kind: 'dossier',
    numerator: codesWhere(base, (c) => c.traits.synced),
    denominator: codesWhere(base, () => true),
  };
}

/** The members of one indicator's figure; null for one entered or taken from the feedback module. */
export function membersOf(
  code: IndicatorCode,
  rows: readonly MemberRow[],
  procedures: readonly ProcedureRecord[],
  tallies: ReadonlyMap<string, ProcedureTally>,
): IndicatorMembers | null {
  const dossierTests = DOSSIER_TESTS[code];
  if (dossierTests) {
    const [numerator, denominator] = dossierTests;
    return { kind: 'dossier', numerator: codesWhere(rows, numerator), denominator: codesWhere(rows, denominator) };
  }
  const procedureTests = PROCEDURE_TESTS[code];
  if (procedureTests) return procedureMembers(procedureTests, procedures, tallies);
  if (code === '5.4') return satisfactionMembers(rows);
  if (code === '1.4') return syncedMembers(rows);
  return null;
}
