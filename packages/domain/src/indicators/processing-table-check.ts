// The invariants of form II.06a (docs/DOMAIN.md §7), for a table built here or typed in by hand.
import {
  PROCESSING_COLUMNS,
  PROCESSING_COLUMNS_VI,
  type ProcessingCounts,
  type ProcessingTableRow,
} from './processing-counts.js';

/** Which rule a problem breaks. */
export type TableRule =
  | 'data'
  | 'not_a_count'
  | 'received_by_origin'
  | 'received_by_outcome'
  | 'processed'
  | 'processing'
  | 'total';

/** A problem of the table; `row` is the row's label (unit / field), null for the whole table. */
export interface TableProblem {
  row: string | null;
  rule: TableRule;
  message: string;
}

/** The rows and total row to check. */
export interface CheckableTable {
  rows: readonly ProcessingTableRow[];
  total: ProcessingCounts;
}

/** Each rule: the column that must equal the sum of others. */
const SUMS: readonly [TableRule, keyof ProcessingCounts, readonly (keyof ProcessingCounts)[]][] = [
  ['received_by_origin', 'received', ['online', 'inPersonOrPost', 'carriedOver']],
  ['received_by_outcome', 'received', ['processed', 'processing']],
  ['processed', 'processed', ['early', 'onTime', 'late']],
  ['processing', 'processing', ['withinDeadline', 'overdue']],
];

function label(row: ProcessingTableRow): string {
  return [row.unitId, row.field].filter((part) => part !== null).join(' / ') || 'Tổng';
}

const named = (column: keyof ProcessingCounts) => `«${PROCESSING_COLUMNS_VI[column]}»`;

function checkCounts(counts: ProcessingCounts, row: string | null): TableProblem[] {
  const problems: TableProblem[] = [];
  for (const column of PROCESSING_COLUMNS) {
    const value = counts[column];
    if (!Number.isSafeInteger(value) || value < 0) {
      problems.push({ row, rule: 'not_a_count', message: `${named(column)} = ${value} không phải là số hồ sơ` });
    }
  }
  for (const [rule, whole, parts] of SUMS) {
    const sum = parts.reduce((total, part) => total + counts[part], 0);
    if (counts[whole] !== sum) {
      problems.push({
        row,
        rule,
        message: `${named(whole)} = ${counts[whole]} nhưng ${parts.map(named).join(' + ')} = ${sum}`,
      });
    }
  }
  return problems;
}

/**
 * Lists what breaks the invariants: received = online + in person/post + carried over = processed + processing;
 * processed = early + on time + late; processing = within + overdue; each column of the total = the sum of the
 * rows. An empty list means the table holds together.
 */
export function checkProcessingTable(table: CheckableTable): TableProblem[] {
  const problems = table.rows.flatMap((row) => checkCounts(row.counts, label(row)));
  problems.push(...checkCounts(table.total, null));
  for (const column of PROCESSING_COLUMNS) {
    const sum = table.rows.reduce((total, row) => total + row.counts[column], 0);
    if (sum !== table.total[column]) {
      problems.push({
        row: null,
        rule: 'total',
        message: `Dòng tổng ${named(column)} = ${table.total[column]} nhưng cộng các dòng được ${sum}`,
      });
    }
  }
  return problems;
}
