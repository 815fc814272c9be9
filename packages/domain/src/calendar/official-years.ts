import type { IsoDate } from '../clock.js';
import type { CalendarDayEntry, CalendarNotice, OfficialYearCalendar } from './official-data.js';

// The official days off for civil servants (cán bộ, công chức, viên chức) of 2024–2026, as docs/DOMAIN.md §2 lists
// them. Notice numbers stay null until someone has read them on the notice itself: the admin fills them in on the
// calendar page, and the Labour Code floor (statutory-minimum.ts) still holds under whatever is shipped here.

const WEEKEND_IN_BREAK = 'Nghỉ hằng tuần trong đợt nghỉ';

type Day = readonly [IsoDate, string];

function entries(days: readonly Day[], notice: CalendarNotice): CalendarDayEntry[] {
  return days.map(([date, reason]) => ({ date, reason, notice }));
}

function officialYear(year: number, off: readonly Day[], working: readonly Day[]): OfficialYearCalendar {
  const notice: CalendarNotice = { number: null, title: `Thông báo lịch nghỉ Tết, lễ năm ${year} (Bộ Nội vụ)` };
  return { year, replacesDefaults: true, daysOff: entries(off, notice), workingDays: entries(working, notice) };
}

/** 2024: Tết 08–14/02; 27/04–01/05 with Mon 29/04 swapped for Sat 04/05; Quốc khánh 31/08–03/09. */
export const OFFICIAL_CALENDAR_2024 = officialYear(
  2024,
  [
    ['2024-01-01', 'Tết Dương lịch'],
    ['2024-02-08', 'Tết Nguyên đán (nghỉ bù ngày Tết trùng thứ Bảy, Chủ nhật)'],
    ['2024-02-09', 'Tết Nguyên đán (ngày cuối năm Quý Mão)'],
    ['2024-02-10', 'Tết Nguyên đán (mùng 1, thứ Bảy)'],
    ['2024-02-11', 'Tết Nguyên đán (mùng 2, Chủ nhật)'],
    ['2024-02-12', 'Tết Nguyên đán (mùng 3)'],
    ['2024-02-13', 'Tết Nguyên đán (mùng 4)'],
    ['2024-02-14', 'Tết Nguyên đán (nghỉ bù ngày Tết trùng thứ Bảy, Chủ nhật)'],
    ['2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
    ['2024-04-27', WEEKEND_IN_BREAK],
    ['2024-04-28', WEEKEND_IN_BREAK],
    ['2024-04-29', 'Nghỉ hoán đổi, làm bù thứ Bảy 04/05/2024'],
    ['2024-04-30', 'Ngày Chiến thắng (30/4)'],
    ['2024-05-01', 'Ngày Quốc tế Lao động (1/5)'],
    ['2024-08-31', WEEKEND_IN_BREAK],
    ['2024-09-01', WEEKEND_IN_BREAK],
    ['2024-09-02', 'Quốc khánh (2/9)'],
    ['2024-09-03', 'Quốc khánh (ngày liền kề)'],
  ],
  [['2024-05-04', 'Làm bù cho ngày nghỉ 29/04/2024']],
);

/**
 * 2025: Tết 25/01–02/02 (Tết days 28/01–01/02; Mon 27/01 is the day in lieu of Sat 01/02, taken before it);
 * 30/04–04/05 with Fri 02/05 swapped for Sat 26/04; Quốc khánh 30/08–02/09 (01/09 the adjacent day).
 */
export const OFFICIAL_CALENDAR_2025 = officialYear(
  2025,
  [
    ['2025-01-01', 'Tết Dương lịch'],
    ['2025-01-25', WEEKEND_IN_BREAK],
    ['2025-01-26', WEEKEND_IN_BREAK],
    ['2025-01-27', 'Nghỉ bù ngày Tết thứ Bảy 01/02/2025 (nghỉ trước)'],
    ['2025-01-28', 'Tết Nguyên đán (ngày cuối năm Giáp Thìn)'],
    ['2025-01-29', 'Tết Nguyên đán (mùng 1)'],
    ['2025-01-30', 'Tết Nguyên đán (mùng 2)'],
    ['2025-01-31', 'Tết Nguyên đán (mùng 3)'],
    ['2025-02-01', 'Tết Nguyên đán (mùng 4, thứ Bảy)'],
    ['2025-02-02', WEEKEND_IN_BREAK],
    ['2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
    ['2025-04-30', 'Ngày Chiến thắng (30/4)'],
    ['2025-05-01', 'Ngày Quốc tế Lao động (1/5)'],
    ['2025-05-02', 'Nghỉ hoán đổi, làm bù thứ Bảy 26/04/2025'],
    ['2025-05-03', WEEKEND_IN_BREAK],
    ['2025-05-04', WEEKEND_IN_BREAK],
    ['2025-08-30', WEEKEND_IN_BREAK],
    ['2025-08-31', WEEKEND_IN_BREAK],
    ['2025-09-01', 'Quốc khánh (ngày liền kề)'],
    ['2025-09-02', 'Quốc khánh (2/9)'],
  ],
  [['2025-04-26', 'Làm bù cho ngày nghỉ 02/05/2025']],
);

/**
 * 2026: 01–04/01 with make-up work on Sat 10/01; Tết 14–22/02; Giỗ Tổ Sun 26/04 with nghỉ bù Mon 27/04; 30/04–03/05;
 * Quốc khánh 01/09 and 02/09 (the announced 29/08–02/09 break needs a swapped day whose make-up Saturday the admin
 * enters from the notice).
 */
export const OFFICIAL_CALENDAR_2026 = officialYear(
  2026,
  [
    ['2026-01-01', 'Tết Dương lịch'],
    ['2026-01-02', 'Nghỉ hoán đổi, làm bù thứ Bảy 10/01/2026'],
    ['2026-01-03', WEEKEND_IN_BREAK],
    ['2026-01-04', WEEKEND_IN_BREAK],
    ['2026-02-14', WEEKEND_IN_BREAK],
    ['2026-02-15', WEEKEND_IN_BREAK],
    ['2026-02-16', 'Tết Nguyên đán (ngày cuối năm Ất Tỵ)'],
    ['2026-02-17', 'Tết Nguyên đán (mùng 1)'],
    ['2026-02-18', 'Tết Nguyên đán (mùng 2)'],
    ['2026-02-19', 'Tết Nguyên đán (mùng 3)'],
    ['2026-02-20', 'Tết Nguyên đán (mùng 4)'],
    ['2026-02-21', WEEKEND_IN_BREAK],
    ['2026-02-22', WEEKEND_IN_BREAK],
    ['2026-04-25', WEEKEND_IN_BREAK],
    ['2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật)'],
    ['2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
    ['2026-04-30', 'Ngày Chiến thắng (30/4)'],
    ['2026-05-01', 'Ngày Quốc tế Lao động (1/5)'],
    ['2026-05-02', WEEKEND_IN_BREAK],
    ['2026-05-03', WEEKEND_IN_BREAK],
    ['2026-09-01', 'Quốc khánh (ngày liền kề)'],
    ['2026-09-02', 'Quốc khánh (2/9)'],
  ],
  [['2026-01-10', 'Làm bù cho ngày nghỉ 02/01/2026']],
);

/** Every year cchc ships official data for, in order. */
export const OFFICIAL_CALENDARS: readonly OfficialYearCalendar[] = [
  OFFICIAL_CALENDAR_2024,
  OFFICIAL_CALENDAR_2025,
  OFFICIAL_CALENDAR_2026,
];
