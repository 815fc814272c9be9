import { CITY_MEASURES, type CityMeasure, periodOf } from '@cchc/domain';
import type { Command } from 'commander';
import { cityRankings, type RankingRow } from '../modules/city/use-cases/rankings.js';
import { openRuntime } from '../runtime.js';
import { exitWithUsage } from './usage-error.js';

interface RankingOptions {
  period?: string;
  measure?: string;
  json?: boolean;
}

/** The options, checked before any database is opened. */
function parseOptions(o: RankingOptions): { period: string; measure: CityMeasure } {
  const problems: string[] = [];
  const period = (o.period ?? '').trim();
  try {
    periodOf(period);
  } catch {
    problems.push(`--period phải là tháng (2026-03), quý (2026-Q1) hoặc năm (2026), nhận "${o.period ?? ''}"`);
  }
  const measure = o.measure ?? '766';
  if (!(CITY_MEASURES as readonly string[]).includes(measure)) {
    problems.push(`--measure phải là một trong ${CITY_MEASURES.join(', ')}, nhận "${measure}"`);
  }
  if (problems.length > 0) exitWithUsage(problems);
  return { period, measure: measure as CityMeasure };
}

function rankingText(period: string, measure: string, rows: readonly RankingRow[]): string {
  const lines = [`Xếp hạng theo ${measure}, kỳ ${period}:`];
  let block = '';
  for (const row of rows) {
    if (row.blockName !== block) {
      block = row.blockName;
      lines.push(`${block}:`);
    }
    const rank = row.rank === null ? '  -' : String(row.rank).padStart(3);
    const value = row.value === null ? (row.reason ?? '') : String(row.value);
    const move = row.movement === null || row.movement === 0 ? '' : ` (${row.movement > 0 ? '+' : ''}${row.movement})`;
    lines.push(`${rank}  ${row.code.padEnd(16)} ${row.name.padEnd(28)} ${value}${move}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `cchc city rankings --period 2026-03 [--measure 766|plan|inspection|feedback] [--json]`. */
export function registerCityCommands(program: Command): void {
  const city = program.command('city').description('thành phố: so sánh, xếp hạng các phường, xã');
  city
    .command('rankings')
    .description('xếp hạng các phường/xã trong khối (phường; xã, đặc khu) cho một tháng, quý hoặc năm')
    .option('--period <kỳ>', 'tháng 2026-03, quý 2026-Q1 hoặc năm 2026')
    .option('--measure <chỉ số>', `${CITY_MEASURES.join('|')} (mặc định 766)`)
    .option('--json', 'in ra JSON: mỗi phường/xã một đối tượng')
    .action(async (o: RankingOptions) => {
      const { period, measure } = parseOptions(o);
      const runtime = await openRuntime();
      try {
        const result = await cityRankings(runtime.database.db, measure, period, runtime.clock.now(), 'vi');
        process.stdout.write(
          o.json ? `${JSON.stringify(result.rows, null, 2)}\n` : rankingText(period, measure, result.rows),
        );
      } finally {
        await runtime.database.close();
      }
    });
}
