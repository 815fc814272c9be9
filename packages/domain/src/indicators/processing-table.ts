// Form II.06a/VPCP/KSTT, the processing-results table of the periodic reports (docs/DOMAIN.md §7), per unit and field.
import { normaliseChannel, PLAIN_PROCESSING_RULES } from '../dossiers/index.js';
import { type DossierFacts, dataWarnings, type FactsInput, forEachFact } from './facts.js';
import type { Period } from './period.js';
import {
  emptyCounts,
  PROCESSING_COLUMNS,
  type ProcessingCounts,
  type ProcessingTableRow,
} from './processing-counts.js';
import { checkProcessingTable, type TableProblem } from './processing-table-check.js';

/** How rows are split. */
export type ProcessingTableGrouping = 'unit' | 'field' | 'unit_and_field';

/** The table for a period, its total row and the problems found (data and invariants). */
export interface ProcessingTable {
  period: Period;
  rows: ProcessingTableRow[];
  total: ProcessingCounts;
  problems: TableProblem[];
}

/** The field of a dossier whose procedure is not in the ward's list. */
export const UNKNOWN_FIELD = 'Chưa xác định lĩnh vực';

const FINISHED_COLUMN = { early: 'early', on_time: 'onTime', late: 'late' } as const;

/**
 * Adds a dossier to a row. Every dossier counted enters "received" once, on the left as new (by channel) or carried
 * over, and on the right as processed (it ended in the period, also by a stop, withdrawal or refusal after
 * acceptance) or still processing, which is what makes both sides equal.
 */
function addTo(counts: ProcessingCounts, fact: DossierFacts): void {
  const standing = fact.standing;
  if (standing === null) return;
  counts.received++;
  if (fact.carriedOver) counts.carriedOver++;
  else if (normaliseChannel(fact.dossier.channel) === 2) counts.online++;
  else counts.inPersonOrPost++;
  if (standing.state === 'finished') {
    counts.processed++;
    counts[FINISHED_COLUMN[standing.timing]]++;
  } else {
    counts.processing++;
    counts[standing.timing === 'within' ? 'withinDeadline' : 'overdue']++;
  }
}

const keyText = (row: Pick<ProcessingTableRow, 'unitId' | 'field'>) => JSON.stringify([row.unitId, row.field]);

/**
 * The table from rows counted anywhere (the same unit and field may come from several sources: they are added up),
 * with its total, in unit then field order, its data warnings and its invariants checked.
 */
export function processingTableOf(
  period: Period,
  counted: Iterable<ProcessingTableRow>,
  warnings: readonly string[],
): ProcessingTable {
  const rows = new Map<string, ProcessingTableRow>();
  const total = emptyCounts();
  for (const row of counted) {
    const key = keyText(row);
    const own = rows.get(key) ?? { unitId: row.unitId, field: row.field, counts: emptyCounts() };
    rows.set(key, own);
    for (const column of PROCESSING_COLUMNS) {
      own.counts[column] += row.counts[column];
      total[column] += row.counts[column];
    }
  }
  const sorted = [...rows.values()].sort(
    (a, b) => (a.unitId ?? '').localeCompare(b.unitId ?? '') || (a.field ?? '').localeCompare(b.field ?? ''),
  );
  const table: ProcessingTable = { period, rows: sorted, total, problems: [] };
  const data = warnings.map((message): TableProblem => ({ row: null, rule: 'data', message }));
  return { ...table, problems: [...data, ...checkProcessingTable(table)] };
}

/** Sums facts into rows, one per unit and field of the grouping (in the order first met, before sorting). */
function rowCounter(grouping: ProcessingTableGrouping) {
  const rows: ProcessingTableRow[] = [];
  // Unit, then field: two lookups per dossier instead of a key string built for each.
  const byUnit = new Map<string | null, Map<string | null, ProcessingTableRow>>();
  return {
    rows,
    add(fact: DossierFacts): void {
      if (fact.standing === null) return;
      const unitId = grouping === 'field' ? null : fact.dossier.unitId;
      const field = grouping === 'unit' ? null : (fact.procedure?.field ?? UNKNOWN_FIELD);
      let fields = byUnit.get(unitId);
      if (fields === undefined) {
        fields = new Map();
        byUnit.set(unitId, fields);
      }
      let row = fields.get(field);
      if (row === undefined) {
        row = { unitId, field, counts: emptyCounts() };
        fields.set(field, row);
        rows.push(row);
      }
      addTo(row.counts, fact);
    },
  };
}

/** The rows of gathered facts, one per unit and field of the grouping, before sorting. */
export function processingRowsOf(
  facts: readonly DossierFacts[],
  grouping: ProcessingTableGrouping,
): ProcessingTableRow[] {
  const counter = rowCounter(grouping);
  for (const fact of facts) counter.add(fact);
  return counter.rows;
}

/**
 * Builds form II.06a for a period: early / on time / late and within / overdue follow docs/DOMAIN.md §3 (dates compared,
 * supplement time not counted, no cap on supplement requests, the original due even after an apology letter).
 * Never throws on data: unknown procedures, dossiers without a due date and broken invariants are `problems`.
 */
export function buildProcessingTable(
  input: FactsInput,
  grouping: ProcessingTableGrouping = 'unit_and_field',
): ProcessingTable {
  const counter = rowCounter(grouping);
  const { warnings, withoutDue } = forEachFact(input, PLAIN_PROCESSING_RULES, counter.add);
  return processingTableOf(input.period, counter.rows, dataWarnings(warnings, withoutDue));
}
