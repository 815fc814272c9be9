import {
  type DocumentTable,
  dataWarnings,
  emptyCounts,
  gatherFacts,
  PLAIN_PROCESSING_RULES,
  PROCESSING_COLUMNS,
  type ProcessingCounts,
  type ProcessingTableGrouping,
  type ProcessingTableRow,
  processingRowsOf,
  processingTableOf,
  UNKNOWN_FIELD,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { renderXlsx } from '../../../documents/index.js';
import { loadWorkingCalendar } from '../../calendar/index.js';
import { procedureRecordOf, proceduresRepository } from '../../procedures/index.js';
import { processingRows } from '../facts-repository.js';
import { periodBounds, periodNamed } from '../load-input.js';
import { indicatorsRepository } from '../repository.js';
import { factsScope, inOneSnapshot, storeFacts, uncoveredRecords } from '../summed-period.js';

/** A row of the table with the unit's name; the ward as a whole when a dossier has no unit. */
export interface NamedRow {
  unitId: string | null;
  unitName: string | null;
  field: string | null;
  counts: ProcessingCounts;
}

/** A row of the table as the grouping keeps it: the unit, the field or both. */
const grouped = (row: ProcessingTableRow, grouping: ProcessingTableGrouping): ProcessingTableRow => ({
  unitId: grouping === 'field' ? null : row.unitId,
  field: grouping === 'unit' ? null : row.field,
  counts: row.counts,
});

/**
 * Form II.06a rows of a period by unit and field: summed in SQL from the stored dossier facts, the dossiers those do
 * not answer yet counted by the domain (and their facts stored), and the codes without any due date, in code order.
 */
async function countedRows(db: Db, tenantId: string, periodName: string) {
  const period = periodNamed(periodName);
  const [calendar, procedureRows] = await Promise.all([
    loadWorkingCalendar(db, tenantId),
    proceduresRepository(db).list(tenantId),
  ]);
  const scope = factsScope([{ tenantId, calendar }], period, period.to);
  const rules = { maxSupplementRequests: null, apologyMovesDue: PLAIN_PROCESSING_RULES.apologyMovesDue };
  const [summed, uncovered] = await inOneSnapshot(db, (snapshot) =>
    Promise.all([processingRows(snapshot, scope, rules, UNKNOWN_FIELD), uncoveredRecords(snapshot, scope)]),
  );
  const procedures = procedureRows.map(procedureRecordOf);
  const input = { period, calendar, procedures, dossiers: uncovered.records };
  const rest = gatherFacts(input, PLAIN_PROCESSING_RULES);
  await storeFacts(db, new Map([[tenantId, { calendar, procedures }]]), uncovered);
  const rows = summed.map((row): ProcessingTableRow => {
    const counts = emptyCounts();
    for (const column of PROCESSING_COLUMNS) counts[column] = Number(row[column]);
    return { unitId: row.unit_id, field: row.field, counts };
  });
  const missing = [...summed.flatMap((row) => row.missing_codes ?? []), ...rest.withoutDue].sort();
  const all = [...rows, ...processingRowsOf(rest.facts, 'unit_and_field')];
  return { period, rows: all, warnings: dataWarnings(rest.warnings, missing) };
}

/**
 * Form II.06a for a tenant and a named period, split by unit, field or both, with its invariants checked, plus the
 * apology letters issued in the period (the periodic report counts them).
 */
export async function processingTable(db: Db, tenantId: string, periodName: string, grouping: ProcessingTableGrouping) {
  const repo = indicatorsRepository(db);
  const { from, toExclusive } = periodBounds(periodNamed(periodName));
  const [counted, units, tenant, apologies] = await Promise.all([
    countedRows(db, tenantId, periodName),
    repo.units(tenantId),
    repo.tenantById(tenantId),
    repo.apologiesIssued(tenantId, from, toExclusive),
  ]);
  const { period } = counted;
  const table = processingTableOf(
    period,
    counted.rows.map((row) => grouped(row, grouping)),
    counted.warnings,
  );
  const names = new Map(units.map((u) => [u.id, u.name]));
  const unitName = (id: string | null) => (id === null ? null : (names.get(id) ?? tenant?.name ?? ''));
  const rows: NamedRow[] = table.rows.map((row) => ({ ...row, unitName: unitName(row.unitId) }));
  return {
    period: periodName,
    from: period.from,
    to: period.to,
    rows,
    total: table.total,
    problems: table.problems,
    apologiesIssued: apologies.length,
  };
}

const COUNT_HEADINGS: Record<keyof ProcessingCounts, string> = {
  received: 'Tổng số',
  online: 'Trực tuyến',
  inPersonOrPost: 'Trực tiếp, bưu chính',
  carriedOver: 'Kỳ trước chuyển qua',
  processed: 'Tổng số',
  early: 'Trước hạn',
  onTime: 'Đúng hạn',
  late: 'Quá hạn',
  processing: 'Tổng số',
  withinDeadline: 'Trong hạn',
  overdue: 'Quá hạn',
};

/** The table as form II.06a lays it out: unit and field, then three groups of counts. */
export function processingDocumentTable(table: Awaited<ReturnType<typeof processingTable>>): DocumentTable {
  return {
    title: `Kết quả giải quyết TTHC kỳ ${table.period} (${table.from} – ${table.to})`,
    columns: [
      { title: 'Đơn vị', width: 22 },
      { title: 'Lĩnh vực', width: 22 },
      ...PROCESSING_COLUMNS.map((column) => ({ title: COUNT_HEADINGS[column], width: 8 })),
    ],
    headerRows: [
      [
        { text: 'Đơn vị', rowSpan: 2 },
        { text: 'Lĩnh vực', rowSpan: 2 },
        { text: 'Số hồ sơ nhận giải quyết', colSpan: 4 },
        { text: 'Số hồ sơ đã giải quyết', colSpan: 4 },
        { text: 'Số hồ sơ đang giải quyết', colSpan: 3 },
      ],
      PROCESSING_COLUMNS.map((column) => ({ text: COUNT_HEADINGS[column] })),
    ],
    rows: table.rows.map((row) => [
      row.unitName ?? '',
      row.field ?? '',
      ...PROCESSING_COLUMNS.map((c) => row.counts[c]),
    ]),
    totals: ['Tổng cộng', '', ...PROCESSING_COLUMNS.map((c) => table.total[c])],
  };
}

/** The table as an .xlsx workbook (form II.06a). */
export async function processingTableXlsx(
  db: Db,
  tenantId: string,
  periodName: string,
  grouping: ProcessingTableGrouping,
) {
  const table = await processingTable(db, tenantId, periodName, grouping);
  return { fileName: `II.06a-${periodName}.xlsx`, bytes: await renderXlsx([processingDocumentTable(table)]) };
}
