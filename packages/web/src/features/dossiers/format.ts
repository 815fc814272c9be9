import type { DossierTiming } from './api';

const VIETNAM_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant in Vietnam's time whatever the browser's zone, `20/03/2026 09:00`; a dash when absent. */
export function moment(iso: string | null | undefined): string {
  if (!iso) return '—';
  const parts = Object.fromEntries(VIETNAM_TIME.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Tag colours of the timing flags: red for overdue and late, orange for due soon. */
export const TIMING_COLORS: Record<DossierTiming, string> = {
  within: 'blue',
  due_soon: 'orange',
  overdue: 'red',
  paused: 'default',
  early: 'green',
  on_time: 'cyan',
  late: 'red',
};

/** Tag colours of the national statuses. */
export const STATUS_COLORS: Record<number, string> = {
  1: 'default',
  2: 'blue',
  3: 'red',
  4: 'processing',
  5: 'orange',
  6: 'gold',
  7: 'default',
  8: 'red',
  9: 'green',
  10: 'success',
};

/** `1.234.000 đ` */
export const money = (amount: number) => `${amount.toLocaleString('vi-VN')} đ`;
