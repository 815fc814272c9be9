import {
  type DocumentTable,
  dataWarnings,
  emptyCounts,
  gatherFacts,
  type Period,
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
import { groupBy } from '../../../group-by.js';
import { loadWorkingCalendars } from '../../calendar/index.js';
import { procedureRecordOf, proceduresRepository } from '../../procedures/index.js';
import { processingRows } from '../facts-repository.js';
import { periodBounds, periodNamed } from '../load-input.js';
import { indicatorsRepository } from '../repository.js';
import { factsScope, inOneSnapshot, storeFacts, uncoveredByWard, uncoveredRecords } from '../summed-period.js';

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

/** A ward's rows of the table and what its data warns of. */
interface CountedRows {
  rows: ProcessingTableRow[];
  warnings: ReturnType<typeof dataWarnings>;
}

/**
 * Form II.06a rows of a period by unit and field, for each of some wards: summed in SQL from the stored dossier facts
 * of all the wards in one statement, the dossiers those do not answer yet counted by the domain (and their facts
 * stored), and the codes without any due date, in code order.
 */
async function countedRows(db: Db, tenantIds: readonly string[], period: Period) {
  // The procedures do not shape the statements: read meanwhile, on another connection.
  const [{ calendars, summed, uncovered }, procedureRows] = await Promise.all([
    summedRows(db, tenantIds, period),
    proceduresRepository(db).listOf(tenantIds),
  ]);
  const wards = new Map(
    tenantIds.map((tenantId) => {
      const calendar = calendars.get(tenantId);
      if (calendar === undefined) throw new Error(`no calendar for ${tenantId}`);
      return [tenantId, { calendar, procedures: (procedureRows.get(tenantId) ?? []).map(procedureRecordOf) }];
    }),
  );
  await storeFacts(db, wards, uncovered);
  const counted = new Map<string, CountedRows>();
  const summedBy = groupBy(summed, (row) => row.tenant_id);
  const uncoveredBy = uncoveredByWard(uncovered);
  for (const [tenantId, { calendar, procedures }] of wards) {
    const own = summedBy.get(tenantId) ?? [];
    const dossiers = uncoveredBy.get(tenantId) ?? [];
    const rest = gatherFacts({ period, calendar, procedures, dossiers }, PLAIN_PROCESSING_RULES);
    const rows = own.map((row): ProcessingTableRow => {
      const counts = emptyCounts();
      for (const column of PROCESSING_COLUMNS) counts[column] = Number(row[column]);
      return { unitId: row.unit_id, field: row.field, counts };
    });
    const missing = [...own.flatMap((row) => row.missing_codes ?? []), ...rest.withoutDue].sort();
    counted.set(tenantId, {
      rows: [...rows, ...processingRowsOf(rest.facts, 'unit_and_field')],
      warnings: dataWarnings(rest.warnings, missing),
    });
  }
  return counted;
}

/** The wards' calendars, their SQL sums and the dossiers those do not answer, in one snapshot. */
async function summedRows(db: Db, tenantIds: readonly string[], period: Period) {
  const calendars = await loadWorkingCalendars(db, tenantIds);
  const wards = tenantIds.flatMap((tenantId) => {
    const calendar = calendars.get(tenantId);
    return calendar === undefined ? [] : [{ tenantId, calendar }];
  });
  const scope = factsScope(wards, period, period.to);
  const rules = { maxSupplementRequests: null, apologyMovesDue: PLAIN_PROCESSING_RULES.apologyMovesDue };
  const [summed, uncovered] = await inOneSnapshot(db, (snapshot) =>
    Promise.all([processingRows(snapshot, scope, rules, UNKNOWN_FIELD), uncoveredRecords(snapshot, scope)]),
  );
  return { calendars, summed, uncovered };
}

/**
 * Form II.06a for a tenant and a named period, split by unit, field or both, with its invariants checked, plus the
 * apology letters issued in the period (the periodic report counts them).
 */
export async function processingTable(db: Db, tenantId: string, periodName: string, grouping: ProcessingTableGrouping) {
  const table = (await processingTables(db, [tenantId], periodName, grouping)).get(tenantId);
  if (table === undefined) throw new Error(`no table for ${tenantId}`);
  return table;
}

/** {@link processingTable} of many wards, with a fixed number of queries however many wards. */
export async function processingTables(
  db: Db,
  tenantIds: readonly string[],
  periodName: string,
  grouping: ProcessingTableGrouping,
) {
  const repo = indicatorsRepository(db);
  const period = periodNamed(periodName);
  const { from, toExclusive } = periodBounds(period);
  const [counted, units, tenants, apologies] = await Promise.all([
    countedRows(db, tenantIds, period),
    repo.unitsOf(tenantIds),
    repo.tenantsByIds(tenantIds),
    repo.apologiesIssuedCounts(tenantIds, from, toExclusive),
  ]);
  const names = new Map(units.map((u) => [`${u.tenant_id}:${u.id}`, u.name]));
  const tenantNames = new Map(tenants.map((t) => [t.id, t.name]));
  const tableOf = (tenantId: string, { rows, warnings }: CountedRows) => {
    const table = processingTableOf(
      period,
      rows.map((row) => grouped(row, grouping)),
      warnings,
    );
    const unitName = (id: string | null) =>
      id === null ? null : (names.get(`${tenantId}:${id}`) ?? tenantNames.get(tenantId) ?? '');
    const named: NamedRow[] = table.rows.map((row) => ({ ...row, unitName: unitName(row.unitId) }));
    return {
      period: periodName,
      from: period.from,
      to: period.to,
      rows: named,
      total: table.total,
      problems: table.problems,
      apologiesIssued: apologies.get(tenantId) ?? 0,
    };
  };
  const tables = new Map<string, ReturnType<typeof tableOf>>();
  for (const [tenantId, rows] of counted) tables.set(tenantId, tableOf(tenantId, rows));
  return tables;
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
