// Reads the hand-counted months of months/*.csv (national export field names) into the records the domain reads,
// the way the server's import stores them: the history an export implies, the only supplement request, DaDongBo.
// Test support only: the server's tests run the same files through the real import.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DossierStatus } from '../../dossiers/status.js';
import type { DossierRecord, StatusChange } from '../../dossiers/types.js';

/** The folder of the month files, for the server's tests too. */
export const MONTHS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'months');

function dateOf(text: string): Date | null {
  if (text === '') return null;
  const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((at, i) => text.slice(at, i === 0 ? 4 : at + 2));
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}+07:00`);
}

function historyOf(status: DossierStatus, get: (name: string) => string): StatusChange[] {
  const [received, finished, returned] = ['NgayTiepNhan', 'NgayKetThucXuLy', 'NgayTra'].map((n) => dateOf(get(n)));
  const history: StatusChange[] = [];
  if (received) history.push({ status: 2, at: received });
  if (finished && (status === 9 || status === 10)) history.push({ status: 9, at: finished });
  if (returned && status === 10) history.push({ status: 10, at: returned });
  if (!history.some((change) => change.status === status)) {
    const at = (status === 5 ? dateOf(get('NgayYeuCauBoSung')) : null) ?? finished ?? returned ?? received;
    if (at) history.push({ status, at });
  }
  return history;
}

function recordOf(get: (name: string) => string): DossierRecord {
  const status = Number(get('TrangThaiHoSo')) as DossierStatus;
  const requested = dateOf(get('NgayYeuCauBoSung'));
  const [code, fileUrl] = [get('MaKetQua') || null, get('DuongDanKetQua') || null];
  return {
    code: get('MaHoSo'),
    procedureCode: get('MaTTHC'),
    unitId: '',
    status,
    channel: Number(get('KenhThucHien') || 1) as 1 | 2 | 3,
    receivedAt: dateOf(get('NgayTiepNhan')),
    dueAt: dateOf(get('NgayHenTra')),
    finishedAt: dateOf(get('NgayKetThucXuLy')),
    returnedAt: dateOf(get('NgayTra')),
    history: historyOf(status, get),
    supplements: requested ? [{ requestedAt: requested, suppliedAt: dateOf(get('NgayBoSung')) }] : [],
    result: code || fileUrl ? { code, fileUrl } : null,
    synced: get('DaDongBo') === '1',
    feeLines: [],
    payments: [],
    components: [],
  };
}

/** The dossiers of a month file (no quoted fields in these files: reasons use no commas). */
export function readMonthFile(name: string): DossierRecord[] {
  const [header = [], ...rows] = fs
    .readFileSync(path.join(MONTHS_DIR, name), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  return rows.map((cells) => {
    if (cells.length !== header.length) throw new Error(`${name}: ${cells[0]} has ${cells.length} fields`);
    return recordOf((field) => cells[header.indexOf(field)] ?? '');
  });
}

/** The dossiers after importing the files in order: a later export of the same MaHoSo replaces the earlier one. */
export function importedMonths(...names: string[]): DossierRecord[] {
  const byCode = new Map<string, DossierRecord>();
  for (const name of names) for (const record of readMonthFile(name)) byCode.set(record.code, record);
  return [...byCode.values()];
}
