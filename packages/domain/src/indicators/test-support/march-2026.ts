// A month of hand-built dossiers for March 2026 (no holiday in the month; Tết 14–22/02 lies behind D6 and D7).
// Each dossier says where it counts; the expected figures are worked out by hand in the tests that use it.
// Office hours 07:00–11:30 and 13:30–17:00: a working day is 8 h.
import { dossier, history, procedure, vn } from '../../dossiers/test-support/build.js';
import type { DossierRecord, ProcedureRecord } from '../../dossiers/types.js';

const files = [
  { name: 'Tờ khai', hasFile: true },
  { name: 'Giấy tờ tùy thân', hasFile: true },
];
const eResult = (code: string) => ({ code, fileUrl: `https://dvc.example/kq/${code}.pdf` });

/** P1 no fee, full online, paper result; P2 and P3 fee-bearing; P4 fee 0, offline; P5 fee-bearing, no dossier. */
export const MARCH_PROCEDURES: ProcedureRecord[] = [
  procedure({
    code: 'P1',
    field: 'Hộ tịch',
    limit: { days: 5 },
    fee: null,
    onlineLevel: 'full',
    returnsPaperResult: true,
  }),
  procedure({
    code: 'P2',
    field: 'Chứng thực',
    limit: { days: 2 },
    fee: 2000,
    onlineLevel: 'partial',
    returnsPaperResult: true,
  }),
  procedure({
    code: 'P3',
    field: 'Xây dựng',
    limit: { days: 10 },
    fee: 50_000,
    onlineLevel: 'full',
    returnsPaperResult: false,
  }),
  procedure({
    code: 'P4',
    field: 'Bảo trợ xã hội',
    limit: { days: 1 },
    fee: 0,
    onlineLevel: 'none',
    returnsPaperResult: false,
  }),
  procedure({
    code: 'P5',
    field: 'Hộ tịch',
    limit: { days: 3 },
    fee: 20_000,
    onlineLevel: 'full',
    returnsPaperResult: true,
  }),
];

/** D1–D13, one per case the 766 rules and form II.06a distinguish. */
export const MARCH_DOSSIERS: DossierRecord[] = [
  // D1 online P1, received Mon 02/03 09:00, due +5 days Mon 09/03, processed Thu 05/03: early. E-result and files.
  // 2.2: Mon 6 h + Tue 8 + Wed 8 + Thu 6 (07:00–15:00 less lunch) = 28 h = 3.5 days.
  dossier({
    code: 'D1',
    procedureCode: 'P1',
    channel: 2,
    receivedAt: '2026-03-02 09:00',
    synced: true,
    history: history(
      [2, '2026-03-02 09:00'],
      [4, '2026-03-02 10:00'],
      [9, '2026-03-05 15:00'],
      [10, '2026-03-06 08:00'],
    ),
    components: files,
    result: eResult('KS-1'),
  }),
  // D2 in person P1 with TWO supplement requests: late in 2.1 whatever the dates; early in II.06a (recorded due
  // Tue 10/03 08:00 pushed by 4 h of supplement time to 14:00, processed Mon 09/03). One component lacks its file.
  // 2.2: Tue 7 h + Wed–Fri 24 + Mon 7 = 38 h, less 3 h (Wed 09:00–14:00) and 1 h (Fri 09:00–10:00) = 34 h = 4.25 days.
  dossier({
    code: 'D2',
    procedureCode: 'P1',
    channel: 1,
    receivedAt: '2026-03-03 08:00',
    dueAt: '2026-03-10 08:00',
    supplements: [
      { requestedAt: vn('2026-03-04 09:00'), suppliedAt: vn('2026-03-04 14:00') },
      { requestedAt: vn('2026-03-06 09:00'), suppliedAt: vn('2026-03-06 10:00') },
    ],
    history: history(
      [2, '2026-03-03 08:00'],
      [5, '2026-03-04 09:00'],
      [4, '2026-03-04 14:00'],
      [5, '2026-03-06 09:00'],
      [4, '2026-03-06 10:00'],
      [9, '2026-03-09 16:00'],
    ),
    components: [
      { name: 'Tờ khai', hasFile: true },
      { name: 'Giấy chứng sinh', hasFile: false },
    ],
    result: eResult('KS-2'),
  }),
  // D3 in person P2, received Wed 04/03 09:00, due +2 days Fri 06/03 09:00, processed Fri 06/03 16:30: ON ITS DUE
  // DATE, so on time. Owes 2,000 đ paid at the counter; synced with its fee line. 2.2: 6 + 8 + 7.5 = 21.5 h.
  dossier({
    code: 'D3',
    procedureCode: 'P2',
    channel: 1,
    receivedAt: '2026-03-04 09:00',
    synced: true,
    feeLines: [{ name: 'Lệ phí chứng thực', amount: 2000 }],
    payments: [{ place: 'offline', paidAt: vn('2026-03-04 09:05'), amount: 2000 }],
    history: history([2, '2026-03-04 09:00'], [9, '2026-03-06 16:30'], [10, '2026-03-09 08:00']),
    components: files,
    result: eResult('CT-3'),
  }),
  // D4 online P2 with a ZERO FEE (exempt): out of 3.6. Received Wed 25/03 10:00, due Fri 27/03 10:00, still being
  // processed on 31/03: overdue. Online but no electronic result yet for a paper-result procedure: not online in 3.3.
  dossier({
    code: 'D4',
    procedureCode: 'P2',
    channel: 2,
    receivedAt: '2026-03-25 10:00',
    synced: true,
    feeLines: [{ name: 'Lệ phí chứng thực', amount: 0 }],
    history: history([1, '2026-03-25 08:00'], [2, '2026-03-25 10:00'], [4, '2026-03-25 11:00']),
  }),
  // D5 online P3 (no paper result), received Thu 26/03 09:00, due Thu 09/04: UNFINISHED at the period's end, within
  // its deadline. Paid online on the national portal; synced with its fee line.
  dossier({
    code: 'D5',
    procedureCode: 'P3',
    channel: 2,
    receivedAt: '2026-03-26 09:00',
    synced: true,
    feeLines: [{ name: 'Phí thẩm định', amount: 50_000 }],
    payments: [{ place: 'portal', paidAt: vn('2026-03-26 09:30'), amount: 50_000 }],
    history: history([2, '2026-03-26 09:00'], [4, '2026-03-26 10:00']),
  }),
  // D6 by post P1, received Wed 25/02 09:00 (carried over), due Wed 04/03 09:00, processed Thu 05/03: late. No
  // result file. The applicant disliked it (5.4). 2.2: Wed 6 h + 5 days 40 h + Thu 3 h = 49 h = 6.125 days.
  dossier({
    code: 'D6',
    procedureCode: 'P1',
    channel: 3,
    receivedAt: '2026-02-25 09:00',
    disliked: true,
    history: history([2, '2026-02-25 09:00'], [9, '2026-03-05 10:00']),
    components: files,
    result: { code: 'KS-6', fileUrl: null },
  }),
  // D7 P1 processed Thu 12/02, before the period; its status 10 falls in March, but the end of processing is the
  // time of status 9, so it counts nowhere in March.
  dossier({
    code: 'D7',
    procedureCode: 'P1',
    channel: 1,
    receivedAt: '2026-02-10 09:00',
    history: history([2, '2026-02-10 09:00'], [9, '2026-02-12 10:00'], [10, '2026-03-02 08:00']),
    components: files,
    result: eResult('KS-7'),
  }),
  // D8 in person P2, received Tue 10/03 09:00, due Thu 12/03 09:00, WAITING for its single supplement asked Wed
  // 11/03: judged at the request's date, within. Owes 2,000 đ, not paid yet. Named by a feedback (5.4).
  dossier({
    code: 'D8',
    procedureCode: 'P2',
    channel: 1,
    receivedAt: '2026-03-10 09:00',
    feeLines: [{ name: 'Lệ phí chứng thực', amount: 2000 }],
    supplements: [{ requestedAt: vn('2026-03-11 09:00'), suppliedAt: null }],
    history: history([2, '2026-03-10 09:00'], [5, '2026-03-11 09:00']),
  }),
  // D9 online P1 refused at intake (1 → 3): never accepted, counts nowhere.
  dossier({
    code: 'D9',
    procedureCode: 'P1',
    channel: 2,
    history: history([1, '2026-03-12 09:00'], [3, '2026-03-12 15:00']),
  }),
  // D10 in person P3, received Mon 16/03 09:00 (due Mon 30/03), withdrawn Wed 18/03: the withdrawal ends
  // processing, early. Paid online on the province's gateway before withdrawing. No result: not in 2.2 or 4.x.
  dossier({
    code: 'D10',
    procedureCode: 'P3',
    channel: 1,
    receivedAt: '2026-03-16 09:00',
    feeLines: [{ name: 'Phí thẩm định', amount: 50_000 }],
    payments: [{ place: 'gateway', paidAt: vn('2026-03-16 10:00'), amount: 50_000 }],
    history: history([2, '2026-03-16 09:00'], [7, '2026-03-18 10:00']),
  }),
  // D11 P4 without a channel (in person), received Mon 30/03 14:00, due Tue 31/03 14:00, processed Wed 01/04: at
  // the period's end it is open and its due date is the last day, so within.
  dossier({
    code: 'D11',
    procedureCode: 'P4',
    receivedAt: '2026-03-30 14:00',
    history: history([2, '2026-03-30 14:00'], [9, '2026-04-01 09:00'], [10, '2026-04-01 10:00']),
  }),
  // D12 in person P1, received Mon 16/03 09:00, due Mon 23/03 09:00, apology on Fri 20/03 promising Wed 25/03,
  // processed Tue 24/03 11:00: late against the original due. 2.2: Mon 6 h + 5 days 40 h + Tue 4 h = 50 h = 6.25 days.
  dossier({
    code: 'D12',
    procedureCode: 'P1',
    channel: 1,
    receivedAt: '2026-03-16 09:00',
    apology: { issuedAt: vn('2026-03-20 10:00'), newDueAt: vn('2026-03-25 16:00'), reason: 'Chờ xác minh' },
    history: history([2, '2026-03-16 09:00'], [9, '2026-03-24 11:00']),
    components: files,
    result: eResult('KS-12'),
  }),
  // D13 online P1, received Thu 19/03 09:00, recorded due Thu 26/03 09:00; one supplement Fri 20/03 09:00 → Tue 24/03
  // 09:00 = 16 working hours pushes the due to Mon 30/03 09:00; processed Fri 27/03: early (late without the push).
  // 2.2: Thu 6 h + 5 days 40 h + Fri 7 h = 53 h, less 16 h = 37 h = 4.625 days.
  dossier({
    code: 'D13',
    procedureCode: 'P1',
    channel: 2,
    receivedAt: '2026-03-19 09:00',
    dueAt: '2026-03-26 09:00',
    supplements: [{ requestedAt: vn('2026-03-20 09:00'), suppliedAt: vn('2026-03-24 09:00') }],
    history: history(
      [2, '2026-03-19 09:00'],
      [5, '2026-03-20 09:00'],
      [4, '2026-03-24 09:00'],
      [9, '2026-03-27 16:00'],
    ),
    components: files,
    result: eResult('KS-13'),
  }),
];
