import { DOSSIER_STATUS, formatVietnamDateTime } from '@cchc/domain';
import type { DossierTiming } from './api';

/** An instant in Vietnam's time whatever the browser's zone, `20/03/2026 09:00`; a dash when absent. */
export function moment(iso: string | null | undefined): string {
  return iso ? formatVietnamDateTime(iso) : '—';
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
  [DOSSIER_STATUS.registered]: 'default',
  [DOSSIER_STATUS.accepted]: 'blue',
  [DOSSIER_STATUS.refused]: 'red',
  [DOSSIER_STATUS.processing]: 'processing',
  [DOSSIER_STATUS.supplementRequested]: 'orange',
  [DOSSIER_STATUS.paymentRequested]: 'gold',
  [DOSSIER_STATUS.withdrawn]: 'default',
  [DOSSIER_STATUS.stopped]: 'red',
  [DOSSIER_STATUS.processed]: 'green',
  [DOSSIER_STATUS.returned]: 'success',
};

/** `1.234.000 đ` */
export const money = (amount: number) => `${amount.toLocaleString('vi-VN')} đ`;
