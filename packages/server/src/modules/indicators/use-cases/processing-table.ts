import {
  buildProcessingTable,
  type DocumentTable,
  PROCESSING_COLUMNS,
  type ProcessingCounts,
  type ProcessingTableGrouping,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { renderXlsx } from '../../../documents/index.js';
import { loadWorkingCalendar } from '../../calendar/index.js';
import { loadPeriodRecords, periodBounds, periodNamed } from '../load-input.js';
import { indicatorsRepository } from '../repository.js';

/** A row of the table with the unit's name; the ward as a whole when a dossier has no unit. */
export interface NamedRow {
  unitId: string | null;
  unitName: string | null;
  field: string | null;
  counts: ProcessingCounts;
}

/**
 * Form II.06a for a tenant and a named period, split by unit, field or both, with its invariants checked, plus the
 * apology letters issued in the period (the periodic report counts them).
 */
export async function processingTable(db: Db, tenantId: string, periodName: string, grouping: ProcessingTableGrouping) {
  const period = periodNamed(periodName);
  const repo = indicatorsRepository(db);
  const { from, toExclusive } = periodBounds(period);
  const [calendar, records, units, tenant, apologies] = await Promise.all([
    loadWorkingCalendar(db, tenantId),
    loadPeriodRecords(db, tenantId, period),
    repo.units(tenantId),
    repo.tenantById(tenantId),
    repo.apologiesIssued(tenantId, from, toExclusive),
  ]);
  const table = buildProcessingTable({ period, calendar, ...records }, grouping);
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
