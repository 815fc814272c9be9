// The columns of form II.06a/VPCP/KSTT, shared by the table builder and its checker.

/** The eleven figures of a row. */
export interface ProcessingCounts {
  /** Dossiers to handle in the period (nhận giải quyết): online + in person/post + carried over. */
  received: number;
  online: number;
  /** At the counter (or without a channel) and by public post. */
  inPersonOrPost: number;
  carriedOver: number;
  processed: number;
  early: number;
  onTime: number;
  late: number;
  processing: number;
  withinDeadline: number;
  overdue: number;
}

/** One row: a unit and a field (lĩnh vực); null where the table is not split that way. */
export interface ProcessingTableRow {
  unitId: string | null;
  field: string | null;
  counts: ProcessingCounts;
}

/** The columns in the form's order, with their Vietnamese headings. */
export const PROCESSING_COLUMNS_VI: Readonly<Record<keyof ProcessingCounts, string>> = {
  received: 'Tổng số hồ sơ nhận giải quyết',
  online: 'Trực tuyến',
  inPersonOrPost: 'Trực tiếp, dịch vụ bưu chính',
  carriedOver: 'Từ kỳ trước chuyển qua',
  processed: 'Tổng số đã giải quyết',
  early: 'Trước hạn',
  onTime: 'Đúng hạn',
  late: 'Quá hạn',
  processing: 'Tổng số đang giải quyết',
  withinDeadline: 'Trong hạn',
  overdue: 'Quá hạn (đang giải quyết)',
};

/** The column keys in the form's order. */
export const PROCESSING_COLUMNS = Object.keys(PROCESSING_COLUMNS_VI) as (keyof ProcessingCounts)[];

/** A row of zeros. */
export function emptyCounts(): ProcessingCounts {
  return {
    received: 0,
    online: 0,
    inPersonOrPost: 0,
    carriedOver: 0,
    processed: 0,
    early: 0,
    onTime: 0,
    late: 0,
    processing: 0,
    withinDeadline: 0,
    overdue: 0,
  };
}
