import { describe, expect, it } from 'vitest';
import { computeDueMoment, type WorkingTimeLimit } from './deadlines.js';
import { OFFICIAL_CALENDARS } from './official-years.js';
import { local, vn } from './test-support/moments.js';
import { createWorkingCalendar } from './working-calendar.js';

// Due moments around every holiday, swapped day, make-up Saturday and closing time of 2024–2026, counted by hand
// on a wall calendar. Each row names the rule it rests on; the expected moment never comes from the code.
const calendar = createWorkingCalendar({ years: OFFICIAL_CALENDARS });

const LC = 'BLLĐ 2019 Đ.112';
const CLOSING = 'giới hạn theo giờ kết thúc lúc hết giờ làm việc';

type Row = [received: string, limit: WorkingTimeLimit, due: string, basis: string];

const ROWS: Row[] = [
  // 2024
  ['2023-12-29 10:00', { days: 1 }, '2024-01-02 10:00', `${LC}(1)(a): Tết Dương lịch Mon 01/01/2024`],
  ['2024-02-07 10:00', { days: 1 }, '2024-02-15 10:00', `${LC}(1)(b) + thông báo 2024: Tết Thu 08/02–Wed 14/02`],
  ['2024-04-17 14:00', { days: 1 }, '2024-04-19 14:00', `${LC}(1)(đ): Giỗ Tổ Thu 18/04/2024`],
  ['2024-04-26 09:00', { days: 2 }, '2024-05-03 09:00', `${LC}(1)(c)(d) + hoán đổi Mon 29/04: nghỉ 27/04–01/05`],
  ['2024-05-02 09:00', { days: 2 }, '2024-05-04 09:00', 'thông báo 2024: Sat 04/05 làm bù cho 29/04'],
  ['2024-08-30 10:00', { days: 1 }, '2024-09-04 10:00', `${LC}(1)(e): Quốc khánh Mon 02/09 + Tue 03/09`],
  // 2025
  ['2024-12-31 10:00', { days: 1 }, '2025-01-02 10:00', `${LC}(1)(a): Tết Dương lịch Wed 01/01/2025`],
  ['2025-01-24 10:00', { days: 1 }, '2025-02-03 10:00', 'thông báo 2025: Tết Sat 25/01–Sun 02/02, nghỉ bù Mon 27/01'],
  ['2025-04-04 10:00', { days: 1 }, '2025-04-08 10:00', `${LC}(1)(đ): Giỗ Tổ Mon 07/04/2025`],
  ['2025-04-25 10:00', { days: 1 }, '2025-04-26 10:00', 'thông báo 2025: Sat 26/04 làm bù cho Fri 02/05'],
  ['2025-04-29 10:00', { days: 1 }, '2025-05-05 10:00', `${LC}(1)(c)(d) + hoán đổi Fri 02/05: nghỉ 30/04–04/05`],
  ['2025-08-29 10:00', { days: 1 }, '2025-09-03 10:00', `${LC}(1)(e): Quốc khánh 01/09 (liền kề) + Tue 02/09`],
  ['2025-08-29 15:00', { hours: 3 }, '2025-09-03 08:00', `${LC}(1)(e): 2 h on Fri, 1 h on Wed 03/09`],
  // 2026
  ['2025-12-31 10:00', { days: 1 }, '2026-01-05 10:00', 'thông báo 2026: nghỉ 01–04/01 (hoán đổi Fri 02/01)'],
  ['2026-01-09 10:00', { days: 1 }, '2026-01-10 10:00', 'thông báo 2026: Sat 10/01 làm bù cho 02/01'],
  ['2026-02-13 10:00', { days: 1 }, '2026-02-23 10:00', `${LC}(1)(b) + thông báo 2026: Tết 14/02–22/02`],
  ['2026-02-13 15:00', { hours: 4 }, '2026-02-23 09:00', `${LC}(1)(b): 2 h on Fri 13/02, 2 h on Mon 23/02`],
  ['2026-04-24 10:00', { days: 1 }, '2026-04-28 10:00', `${LC}(1)(đ) + Đ.111(3): Giỗ Tổ Sun 26/04, nghỉ bù Mon 27/04`],
  ['2026-04-29 10:00', { days: 1 }, '2026-05-04 10:00', `${LC}(1)(c)(d): 30/04–03/05`],
  ['2026-04-30 08:00', { hours: 8 }, '2026-05-04 17:00', `${LC}(1)(c): received on a holiday, counts from Mon 04/05`],
  ['2026-08-31 10:00', { days: 1 }, '2026-09-03 10:00', `${LC}(1)(e): Quốc khánh Tue 01/09 + Wed 02/09`],
  // Closing times (docs/DOMAIN.md §2 office hours 07:00–11:30, 13:30–17:00)
  ['2026-03-02 15:00', { hours: 2 }, '2026-03-02 17:00', CLOSING],
  ['2026-03-02 09:30', { hours: 2 }, '2026-03-02 11:30', CLOSING],
  ['2026-03-02 07:00', { hours: 8 }, '2026-03-02 17:00', CLOSING],
  ['2026-03-02 16:00', { hours: 2 }, '2026-03-03 08:00', 'giờ còn lại chạy sang buổi sáng ngày làm việc sau'],
  ['2026-03-02 07:00', { days: 1 }, '2026-03-03 07:00', 'giới hạn theo ngày giữ giờ trong ngày'],
  ['2025-12-31 15:00', { hours: 2 }, '2025-12-31 17:00', `${CLOSING}, trước kỳ nghỉ Tết Dương lịch`],
];

describe('due moments around the 2024–2026 holidays, make-up days and closing times', () => {
  it.each(ROWS)('received %s with %o is due %s (%s)', (received, limit, due) => {
    const result = computeDueMoment(calendar, { receivedAt: vn(received), limit });
    expect(local(result.due)).toBe(due);
  });
});
