import type { CalendarDay, WorkingCalendar } from '@cchc/domain';
import type { Command } from 'commander';
import type { Db } from '../db/database.js';
import { formatLocalDateTime, LOCAL_DATE_TIME_FORMAT, parseLocalDateTime } from '../modules/calendar/local-time.js';
import { BUILT_IN_YEARS, type CurrentYear, currentYear } from '../modules/calendar/official-years.js';
import { calendarRepository } from '../modules/calendar/repository.js';
import { CALENDAR_YEARS } from '../modules/calendar/schemas.js';
import { builtInCalendar, loadNationalCalendar, loadWorkingCalendar } from '../modules/calendar/service.js';
import { computeDue } from '../modules/calendar/use-cases/compute-due.js';
import { openRuntime } from '../runtime.js';
import { exitWithUsage } from './usage-error.js';
import { pickWard } from './ward.js';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const SOURCES: Record<CurrentYear['source'], string> = {
  stored: 'dữ liệu đã cập nhật trong CSDL',
  built_in: 'dữ liệu chính thức có sẵn của cchc',
  labour_code: 'tính theo Bộ luật Lao động, chưa có thông báo chính thức',
};

/**
 * Runs `use` on the database's current data; when the database cannot be opened, says so on stderr and runs it
 * without one, on the data built into cchc, since a holiday list is still useful offline.
 */
async function withDatabase<T>(use: (db: Db | null) => Promise<T>, seed = false): Promise<T> {
  let runtime: Awaited<ReturnType<typeof openRuntime>>;
  try {
    runtime = await openRuntime({ seed });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    process.stderr.write(`Cảnh báo: không mở được CSDL (${reason}); dùng dữ liệu có sẵn của cchc.\n`);
    return use(null);
  }
  try {
    return await use(runtime.database.db);
  } finally {
    await runtime.database.close();
  }
}

function parseYear(text: string | undefined): number {
  const year = Number(text);
  if (!text || !Number.isInteger(year) || year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) {
    exitWithUsage([`năm phải là số nguyên từ ${CALENDAR_YEARS.min} đến ${CALENDAR_YEARS.max}, nhận "${text ?? ''}"`]);
  }
  return year;
}

async function yearListing(db: Db | null, year: number) {
  const calendar = db ? await loadNationalCalendar(db) : builtInCalendar();
  const repo = db ? calendarRepository(db) : null;
  const builtIn = BUILT_IN_YEARS.some((y) => y.year === year);
  const current: Pick<CurrentYear, 'version' | 'source'> = repo
    ? await currentYear(repo, await repo.findCityTenantId(), year)
    : { version: 0, source: builtIn ? 'built_in' : 'labour_code' };
  const day = (d: CalendarDay) => ({ ...d, weekday: WEEKDAYS[new Date(`${d.date}T00:00:00Z`).getUTCDay()] ?? '' });
  return {
    year,
    version: current.version,
    source: current.source,
    /** Every day off, weekends inside a break and statutory days on a weekend included. */
    daysOff: calendar.daysOff(year).map(day),
    nonWorkingWeekdays: calendar.listNonWorkingWeekdays(year).map(day),
    makeUpWorkingDays: calendar.listMakeUpWorkingDays(year).map(day),
  };
}

type Listing = Awaited<ReturnType<typeof yearListing>>;

function listingText(listing: Listing): string {
  const line = (d: Listing['nonWorkingWeekdays'][number]) => {
    const notice = d.notice ? ` (${[d.notice.number, d.notice.title].filter(Boolean).join(' ')})` : '';
    return `  ${d.date}  ${d.weekday.padEnd(8)}  ${d.reason}${notice}`;
  };
  return [
    `Lịch năm ${listing.year}, phiên bản ${listing.version}: ${SOURCES[listing.source]}`,
    `Ngày nghỉ rơi vào ngày làm việc, thứ Hai đến thứ Sáu (${listing.nonWorkingWeekdays.length}):`,
    ...listing.nonWorkingWeekdays.map(line),
    `Ngày làm bù (${listing.makeUpWorkingDays.length}):`,
    ...listing.makeUpWorkingDays.map(line),
    '',
  ].join('\n');
}

/** The due options, checked before any database is opened. */
function parseDueOptions(o: Record<string, string | undefined>) {
  const problems: string[] = [];
  const from = parseLocalDateTime(o.from ?? '');
  if (!from) problems.push(`--from phải có dạng ${LOCAL_DATE_TIME_FORMAT}, nhận "${o.from ?? ''}"`);
  const number = (name: 'days' | 'hours', integer: boolean) => {
    const text = o[name];
    if (text === undefined) return undefined;
    const value = Number(text);
    const ok = text.trim() !== '' && Number.isFinite(value) && value >= 0 && (!integer || Number.isInteger(value));
    if (!ok) problems.push(`--${name} phải là số ${integer ? 'nguyên ' : ''}không âm, nhận "${text}"`);
    return value;
  };
  const days = number('days', true);
  const hours = number('hours', false);
  if (days === undefined && hours === undefined) problems.push('cần --days <số ngày> hoặc --hours <số giờ>');
  if (problems.length > 0 || !from) exitWithUsage(problems);
  return { from, days, hours };
}

async function tenantCalendar(db: Db | null, code: string | undefined): Promise<WorkingCalendar> {
  if (code === undefined) return db ? loadNationalCalendar(db) : builtInCalendar();
  if (!db) throw new Error('cần CSDL để đọc giờ làm việc của phường/xã');
  return loadWorkingCalendar(db, (await pickWard(db, code)).id);
}

/** `cchc calendar holidays <year> [--json]` and `cchc calendar due --from … --days … [--hours …] [--tenant …]`. */
export function registerCalendarCommands(program: Command): void {
  const calendar = program.command('calendar').description('lịch làm việc: ngày nghỉ, ngày làm bù, tính hạn');
  calendar
    .command('holidays')
    .description('liệt kê ngày nghỉ rơi vào ngày làm việc và ngày làm bù của một năm, kèm lý do')
    .argument('[year]', 'năm, ví dụ 2026')
    .option('--json', 'in ra JSON')
    .action(async (yearText: string | undefined, o: { json?: boolean }) => {
      const year = parseYear(yearText);
      const listing = await withDatabase((db) => yearListing(db, year));
      process.stdout.write(o.json ? `${JSON.stringify(listing, null, 2)}\n` : listingText(listing));
    });
  calendar
    .command('due')
    .description('tính hạn: thời điểm bắt đầu cộng số ngày (giữ giờ trong ngày) và/hoặc số giờ làm việc')
    .option('--from <datetime>', `thời điểm bắt đầu, ${LOCAL_DATE_TIME_FORMAT}`)
    .option('--days <n>', 'số ngày làm việc')
    .option('--hours <h>', 'số giờ làm việc')
    .option('--tenant <code>', 'mã phường/xã, để dùng giờ làm việc của phường/xã đó')
    .action(async (o: Record<string, string | undefined>) => {
      const request = parseDueOptions(o);
      const calendarOf = async (db: Db | null) => computeDue(await tenantCalendar(db, o.tenant), request);
      // Only a ward's office hours need the ward: then a fresh data folder gets its first-start data first.
      const due = await withDatabase(calendarOf, o.tenant !== undefined);
      process.stdout.write(`${formatLocalDateTime(due)}\n`);
    });
}
