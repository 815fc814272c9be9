// The figures of June, July and August 2026 counted by hand from the reasons written on every row of months/*.csv
// (column GhiChu), never read from the code. Office hours 07:00–11:30 and 13:30–17:00 (8 h a day); no holiday in
// June–August 2026. "Now" is 12/08/2026 10:00: June and July are past, August is still running.
import type { ProcedureRecord } from '../../dossiers/types.js';

/** Now, for every computation of these months. */
export const MONTHS_NOW = '2026-08-12T10:00:00+07:00';

/** The files in import order. */
export const MONTH_FILES = ['2026-06.csv', '2026-07.csv', '2026-08.csv'] as const;

/**
 * The ward's catalogue: 1.001 three days (paper result, fully online); 1.002 a 4-hour limit; 1.003 ten days with a
 * fee; 9.999 is not in the catalogue, so the import creates it incomplete: no limit, paper result by default.
 */
export const MONTHS_PROCEDURES: ProcedureRecord[] = [
  {
    code: '1.001',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    limit: { days: 3 },
    fee: null,
    onlineLevel: 'full',
    returnsPaperResult: true,
  },
  {
    code: '1.002',
    name: 'Chứng thực bản sao',
    field: 'Chứng thực',
    limit: { hours: 4 },
    fee: 0,
    onlineLevel: 'none',
    returnsPaperResult: false,
  },
  {
    code: '1.003',
    name: 'Cấp phép sửa chữa',
    field: 'Xây dựng',
    limit: { days: 10 },
    fee: 50_000,
    onlineLevel: 'partial',
    returnsPaperResult: false,
  },
  {
    code: '9.999',
    name: '9.999',
    field: 'Chưa rõ lĩnh vực',
    limit: null,
    fee: null,
    onlineLevel: 'none',
    returnsPaperResult: true,
  },
];

type Share = { numerator: number; denominator: number };

/** One month counted by hand. */
export interface MonthCount {
  provisional: boolean;
  /** The dossiers 2.1 counts; below 10 no band is published. */
  dossierCount: number;
  insufficientData: boolean;
  '2.1': Share & { late: string[] };
  /** Numerator: total working days (2 decimals); denominator: dossiers processed with a result. */
  '2.2': Share;
  '1.4': Share;
  '3.3': Share & { rate: number };
  '4.1': Share;
  missingDueDate: string[];
}

export const HAND_COUNTS: Readonly<Record<'2026-06' | '2026-07' | '2026-08', MonthCount>> = {
  // J04 is refused (3) and counts nowhere: 11 dossiers. Late: J03 (ended after due), J06 (stopped after due), J08
  // (hour limit missed), J10 (open past due at 30/06), J12 (no due date at all). J09 waits for its supplement on time.
  '2026-06': {
    provisional: false,
    dossierCount: 11,
    insufficientData: false,
    '2.1': { numerator: 6, denominator: 11, late: ['HS-J03', 'HS-J06', 'HS-J08', 'HS-J10', 'HS-J12'] },
    // J01 2.125 + J02 3.75 + J03 4.125 + J07 0.4375 + J08 1 + J12 1.125 = 12.5625; J05 (7) and J06 (8) are out.
    '2.2': { numerator: 12.56, denominator: 6 },
    // 11 accepted; not synced: J05, J08, J11.
    '1.4': { numerator: 8, denominator: 11 },
    // Online: J01 (electronic result), J05 (no paper result); × the sync ratio 8/11.
    '3.3': { numerator: 2, denominator: 11, rate: (2 / 11) * (8 / 11) },
    // Results of paper procedures: J01, J02 (files), J03, J12 (none); J06 stopped is out.
    '4.1': { numerator: 2, denominator: 4 },
    missingDueDate: ['HS-J12'],
  },
  // Carried over: J09 (on time after its supplement), J10 (late), J11 (early). New: L01, L02 (hour limit, same date),
  // L04 (stopped before due), L06 (early thanks to the supplement pause), L07 (open, within) on time; L05 (withdrawn
  // after due) and L08 (open past due) late. L03 refused: nowhere. 10 dossiers: exactly the minimum, a band is shown.
  '2026-07': {
    provisional: false,
    dossierCount: 10,
    insufficientData: false,
    '2.1': { numerator: 7, denominator: 10, late: ['HS-J10', 'HS-L05', 'HS-L08'] },
    // J09 3.625 + J10 7.25 + J11 2.75 + L01 3.375 + L02 0.75 + L06 2.25 = 20; L04 (8) and L05 (7) are out.
    '2.2': { numerator: 20, denominator: 6 },
    // Accepted in July: L01 L02 L04 L05 L06 L07 L08; L05 not synced.
    '1.4': { numerator: 6, denominator: 7 },
    '3.3': { numerator: 1, denominator: 7, rate: (1 / 7) * (6 / 7) },
    // Paper results: J09 J11 L01 L06 with files, J10 without; L05's file does not count (withdrawn).
    '4.1': { numerator: 4, denominator: 5 },
    missingDueDate: [],
  },
  // Running: judged at 12/08. L07 (ended late) and L08 (open past due) late; A01, A02, A04 open and not yet due, A03
  // early. A05 refused. 6 dossiers < 10: "chưa đủ dữ liệu". Judged at 31/08, A01, A02 and A04 would be late too (1/6).
  '2026-08': {
    provisional: true,
    dossierCount: 6,
    insufficientData: true,
    '2.1': { numerator: 4, denominator: 6, late: ['HS-L07', 'HS-L08'] },
    // L07 4.125 + A03 2.125 = 6.25.
    '2.2': { numerator: 6.25, denominator: 2 },
    // Accepted in August: A01 A02 A03 A04; A02 not synced.
    '1.4': { numerator: 3, denominator: 4 },
    '3.3': { numerator: 1, denominator: 4, rate: (1 / 4) * (3 / 4) },
    '4.1': { numerator: 1, denominator: 2 },
    missingDueDate: [],
  },
};

/** June after 2026-06-correction.csv (J03 ended early on 04/06 with its file), counted by hand. */
export const JUNE_CORRECTED = {
  '2.1': { numerator: 7, denominator: 11 },
  // 12.5625 − 4.125 + 2.125 = 10.5625.
  '2.2': { numerator: 10.56, denominator: 6 },
  '4.1': { numerator: 3, denominator: 4 },
};
