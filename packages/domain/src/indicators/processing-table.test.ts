import { describe, expect, it } from 'vitest';
import { calendar2026 } from '../dossiers/test-support/build.js';
import { periodOf } from './period.js';
import { emptyCounts, type ProcessingCounts } from './processing-counts.js';
import { buildProcessingTable, UNKNOWN_FIELD } from './processing-table.js';
import { checkProcessingTable } from './processing-table-check.js';
import { MARCH_DOSSIERS, MARCH_PROCEDURES } from './test-support/march-2026.js';

const input = {
  period: periodOf('2026-03'),
  calendar: calendar2026(),
  procedures: MARCH_PROCEDURES,
  dossiers: MARCH_DOSSIERS,
};
const counts = (values: Partial<ProcessingCounts>): ProcessingCounts => ({ ...emptyCounts(), ...values });

describe('form II.06a for March 2026, counted by hand', () => {
  it('splits by field with the plain rules of §3', () => {
    const table = buildProcessingTable(input);
    expect(table.problems).toEqual([]);
    expect(table.rows).toEqual([
      // D11: no channel (in person), open on its due date.
      {
        unitId: 'ward',
        field: 'Bảo trợ xã hội',
        counts: counts({ received: 1, inPersonOrPost: 1, processing: 1, withinDeadline: 1 }),
      },
      // D3 on its due date; D4 online and overdue; D8 waiting for its supplement, within.
      {
        unitId: 'ward',
        field: 'Chứng thực',
        counts: counts({
          received: 3,
          online: 1,
          inPersonOrPost: 2,
          processed: 1,
          onTime: 1,
          processing: 2,
          withinDeadline: 1,
          overdue: 1,
        }),
      },
      // D1 D13 online, D2 D12 in person, D6 carried over; early D1 D13 and D2 (two requests do not make it late
      // here), late D6 D12. D7 ended in February and D9 was never accepted.
      {
        unitId: 'ward',
        field: 'Hộ tịch',
        counts: counts({ received: 5, online: 2, inPersonOrPost: 2, carriedOver: 1, processed: 5, early: 3, late: 2 }),
      },
      // D5 online, open within; D10 withdrawn early.
      {
        unitId: 'ward',
        field: 'Xây dựng',
        counts: counts({
          received: 2,
          online: 1,
          inPersonOrPost: 1,
          processed: 1,
          early: 1,
          processing: 1,
          withinDeadline: 1,
        }),
      },
    ]);
    expect(table.total).toEqual(
      counts({
        received: 11,
        online: 4,
        inPersonOrPost: 6,
        carriedOver: 1,
        processed: 7,
        early: 4,
        onTime: 1,
        late: 2,
        processing: 4,
        withinDeadline: 3,
        overdue: 1,
      }),
    );
  });

  it('groups by unit or by field alone', () => {
    expect(buildProcessingTable(input, 'unit').rows).toEqual([
      { unitId: 'ward', field: null, counts: buildProcessingTable(input).total },
    ]);
    expect(buildProcessingTable(input, 'field').rows.map((row) => [row.unitId, row.field])).toEqual([
      [null, 'Bảo trợ xã hội'],
      [null, 'Chứng thực'],
      [null, 'Hộ tịch'],
      [null, 'Xây dựng'],
    ]);
  });

  it('reports an unknown procedure as a data problem and still counts the dossier', () => {
    const stray = { ...MARCH_DOSSIERS[0], code: 'X1', procedureCode: 'P9' } as (typeof MARCH_DOSSIERS)[number];
    const table = buildProcessingTable({ ...input, dossiers: [stray] });
    expect(table.rows).toMatchObject([{ field: UNKNOWN_FIELD, counts: { received: 1, processed: 1 } }]);
    expect(table.problems).toEqual([
      { row: null, rule: 'data', message: 'Thủ tục P9 không có trong danh mục của đơn vị' },
      {
        row: null,
        rule: 'data',
        message: '1 hồ sơ không có ngày hẹn trả và thủ tục không có thời hạn, tính là quá hạn: X1',
      },
    ]);
  });
});

describe('checkProcessingTable', () => {
  it('returns the broken invariants instead of throwing', () => {
    const row = {
      unitId: 'ward',
      field: 'Hộ tịch',
      counts: counts({
        received: 5,
        online: 2,
        inPersonOrPost: 2,
        processed: 3,
        early: 1,
        onTime: 1,
        late: 1,
        processing: 1,
        overdue: 2,
      }),
    };
    const problems = checkProcessingTable({ rows: [row], total: counts({ ...row.counts, received: 4, late: -1 }) });
    expect(problems.map((problem) => [problem.row, problem.rule])).toEqual([
      ['ward / Hộ tịch', 'received_by_origin'], // 5 ≠ 2 + 2 + 0
      ['ward / Hộ tịch', 'received_by_outcome'], // 5 ≠ 3 + 1
      ['ward / Hộ tịch', 'processing'], // 1 ≠ 0 + 2
      // The total row: received 4 = 2 + 2 + 0 = 3 + 1 holds, the rest does not.
      [null, 'not_a_count'], // late −1
      [null, 'processed'], // 3 ≠ 1 + 1 − 1
      [null, 'processing'], // 1 ≠ 0 + 2
      [null, 'total'], // received 4, the row says 5
      [null, 'total'], // late −1, the row says 1
    ]);
    expect(problems[0]?.message).toBe(
      '«Tổng số hồ sơ nhận giải quyết» = 5 nhưng «Trực tuyến» + «Trực tiếp, dịch vụ bưu chính» + «Từ kỳ trước chuyển qua» = 4',
    );
  });
});
