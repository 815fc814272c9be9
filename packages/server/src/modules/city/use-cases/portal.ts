import { BLOCK_NAMES, lastFullMonth, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { publishedPage } from '../../feedback/index.js';
import { indicatorReport, monthlyResults } from '../../indicators/index.js';
import { proceduresRepository } from '../../procedures/index.js';
import { planProgress } from '../plan-progress.js';
import { cityRepository } from '../repository.js';
import { blockWards } from './rankings.js';

/** The licence every open-data file carries (Luật Dữ liệu 2024: open data is free to reuse with attribution). */
export const OPEN_DATA_LICENCE =
  'Giấy phép: Creative Commons Ghi công 4.0 (CC BY 4.0), ghi nguồn khi sử dụng lại; dữ liệu không chứa thông tin cá nhân.';

async function publicWard(db: Db, code: string) {
  const ward = await cityRepository(db).ward(code);
  if (!ward) throw new AppError('not_found');
  return ward;
}

/** The catalogue as citizens read it: fee, time limit and online level; nothing about who handles it. */
async function catalogue(db: Db, tenantId: string) {
  const rows = await proceduresRepository(db).list(tenantId, { activeOnly: true });
  return rows.map((p) => ({
    code: p.code,
    name: p.name,
    field: p.field,
    limitDays: p.limit_days === null ? null : Number(p.limit_days),
    limitHours: p.limit_hours === null ? null : Number(p.limit_hours),
    fee: p.fee === null ? null : Number(p.fee),
    onlineLevel: p.online_level,
  }));
}

/**
 * A ward's public portal (tasks 21–22, 27, 30; II.1.d, h): plan progress by area and task, the monthly 766
 * scorecard, answered feedback, the procedure catalogue and the links to look up and rate a dossier. No personal
 * data: tasks, evidence titles, published answers and figures only.
 */
export async function wardPortal(db: Db, code: string, now: Date) {
  const ward = await publicWard(db, code);
  const today = vietnamDateOf(now);
  const month = lastFullMonth(now);
  const [plan, scorecard, feedback, procedures] = await Promise.all([
    planProgress(db, ward.id, Number(today.slice(0, 4)), today),
    monthlyResults(db, ward.code, month, now),
    publishedPage(db, ward.id, 1, 10),
    catalogue(db, ward.id),
  ]);
  return {
    ward: { code: ward.code, name: ward.name },
    today,
    plan,
    scorecard,
    feedback,
    procedures,
    links: {
      lookup: '/tra-cuu',
      rating: '/tra-cuu',
      feedback: `/gop-y/${ward.code}`,
      results: `/cong-khai/${ward.code}`,
      openDataJson: `/api/v1/public/${ward.code}/open-data.json`,
      openDataCsv: `/api/v1/public/${ward.code}/open-data.csv`,
    },
    licence: OPEN_DATA_LICENCE,
  };
}

/** The ward's open data: every plan task with its status, and the last full month's 766 indicators. */
export async function openData(db: Db, code: string, now: Date) {
  const ward = await publicWard(db, code);
  const today = vietnamDateOf(now);
  const month = lastFullMonth(now);
  const plan = await planProgress(db, ward.id, Number(today.slice(0, 4)), today);
  const report = await indicatorReport(db, ward.id, month, undefined, now);
  return {
    licence: OPEN_DATA_LICENCE,
    ward: { code: ward.code, name: ward.name },
    asOf: today,
    tasks: (plan?.areas ?? []).flatMap((a) =>
      a.tasks.map((t) => ({ area: a.title, no: t.no, content: t.content, status: t.status, dueDate: t.dueDate })),
    ),
    indicators: {
      month,
      total: report.total,
      band: report.bandName,
      rows: report.indicators.map((r) => ({
        code: r.code,
        name: r.name,
        rate: r.rate,
        points: r.points,
        maxPoints: r.maxPoints,
      })),
    },
  };
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The same as CSV (UTF-8 with BOM, for Excel): the licence line, then the tasks, then the indicators. */
export function openDataCsv(data: Awaited<ReturnType<typeof openData>>): string {
  const lines = [
    `# ${data.licence}`,
    ['loai', 'linh_vuc', 'stt', 'noi_dung', 'trang_thai', 'han', 'ty_le', 'diem', 'diem_toi_da'].join(','),
    ...data.tasks.map((t) =>
      ['nhiem_vu', t.area, t.no, t.content, t.status, t.dueDate, '', '', ''].map(csvCell).join(','),
    ),
    ...data.indicators.rows.map((r) =>
      ['chi_so_766', data.indicators.month, r.code, r.name, '', '', r.rate, r.points, r.maxPoints]
        .map(csvCell)
        .join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The city's public page: every ward in its block with its scorecard of a month (total and band). */
export async function cityPublicPage(db: Db, month: string, now: Date) {
  const wards = await blockWards(db);
  const rows = [];
  for (const ward of wards) {
    const report = await indicatorReport(db, ward.id, month, undefined, now);
    rows.push({
      code: ward.code,
      name: ward.name,
      block: ward.block,
      blockName: BLOCK_NAMES[ward.block],
      total: report.total,
      band: report.band,
      bandName: report.bandName,
      portal: `/cong-thong-tin/${ward.code}`,
    });
  }
  return { month, provisional: month >= vietnamDateOf(now).slice(0, 7), wards: rows, licence: OPEN_DATA_LICENCE };
}
