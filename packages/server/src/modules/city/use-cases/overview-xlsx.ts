import { BLOCK_NAMES, BLOCKS, type DocumentTable } from '@cchc/domain';
import { renderXlsx } from '../../../documents/index.js';
import type { CityOverview, OverviewFigure } from './overview.js';

const cell = (f: OverviewFigure) => f.value ?? f.reason ?? 'N/A';
const rank = (f: OverviewFigure) => f.rank ?? '-';

/** One sheet per block: the city's table as the page shows it, values kept as numbers. */
export function overviewTables(overview: CityOverview): DocumentTable[] {
  return BLOCKS.map((block) => ({
    title: `${BLOCK_NAMES[block]}: kết quả kỳ ${overview.period}`,
    columns: [
      { title: 'Hạng', width: 6 },
      { title: 'Mã', width: 14 },
      { title: 'Tên', width: 24 },
      { title: 'Điểm 766', width: 10 },
      { title: 'Xếp loại', width: 10 },
      { title: 'Thay đổi hạng', width: 8 },
      { title: 'Nhiệm vụ đúng hạn (%)', width: 10 },
      { title: 'Tự kiểm tra (%)', width: 10 },
      { title: 'PAKN đúng hạn (%)', width: 10 },
      { title: 'Báo cáo đúng hạn (%)', width: 10 },
    ],
    rows: overview.rows
      .filter((r) => r.block === block)
      .map((r) => [
        rank(r.measures['766']),
        r.code,
        r.name,
        cell(r.measures['766']),
        r.bandName ?? '',
        r.movement ?? '',
        cell(r.measures.plan),
        cell(r.measures.inspection),
        cell(r.measures.feedback),
        cell(r.measures.reports),
      ]),
  }));
}

export async function overviewXlsx(overview: CityOverview) {
  return { fileName: `xep-hang-${overview.period}.xlsx`, bytes: await renderXlsx(overviewTables(overview)) };
}
