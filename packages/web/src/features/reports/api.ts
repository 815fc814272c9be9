import type { UnitReportContent } from '@cchc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type PeriodList = ApiResponse<'/api/v1/reports/periods'>;
/** A period as the list shows it, with the caller's unit's report and the units' progress. */
export type PeriodSummary = PeriodList['periods'][number];
/** A unit's report form. */
export type UnitReport = ApiResponse<'/api/v1/reports/periods/{code}/units/{unitId}'>;
/** A report period with its due date and data window. */
export type PeriodInfo = UnitReport['period'];
export type UnitRef = UnitReport['unit'];
export type UnitReportList = ApiResponse<'/api/v1/reports/periods/{code}/units'>;
/** Where a unit's report stands. */
export type SubmissionState = Omit<UnitReportList['units'][number], 'unit'>;
export type Consolidated = ApiResponse<'/api/v1/reports/periods/{code}/report'>;
/** The figures the UI shows of a version's snapshot. */
export type FiguresView = NonNullable<Consolidated['current']>['figures'];
/** The document's date, signer and recipients. */
export type ReportMeta = NonNullable<Consolidated['current']>['meta'];
export type ReportSettings = ApiResponse<'/api/v1/reports/settings'>;
export type ReportReminder = ApiResponse<'/api/v1/reports/reminders'>[number];

const BASE = '/reports/periods';

/** The non-empty lines of a text box where each line is one recipient. */
export const splitLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The download address of a version's .docx or .xlsx. */
export const documentUrl = (code: string, version: number, format: 'docx' | 'xlsx') =>
  `/api/v1${BASE}/${code}/report/versions/${version}/document.${format}`;

export const usePeriods = () => useQuery({ queryKey: ['reports', 'periods'], queryFn: () => api<PeriodList>(BASE) });

export const useReminders = () =>
  useQuery({ queryKey: ['reports', 'reminders'], queryFn: () => api<ReportReminder[]>('/reports/reminders') });

export const useUnitReports = (code: string, enabled = true) =>
  useQuery({
    queryKey: ['reports', code, 'units'],
    queryFn: () => api<UnitReportList>(`${BASE}/${code}/units`),
    enabled,
  });

export const useUnitReport = (code: string, unitId: string | null) =>
  useQuery({
    queryKey: ['reports', code, 'units', unitId],
    queryFn: () => api<UnitReport>(`${BASE}/${code}/units/${unitId}`),
    enabled: unitId !== null,
  });

export const useConsolidated = (code: string, enabled = true) =>
  useQuery({
    queryKey: ['reports', code, 'report'],
    queryFn: () => api<Consolidated>(`${BASE}/${code}/report`),
    enabled,
  });

export const useReportSettings = () =>
  useQuery({ queryKey: ['reports', 'settings'], queryFn: () => api<ReportSettings>('/reports/settings') });

/** A write on the reports; every cached report query is read again after it. */
function useReportWrite<T, R>(write: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }) });
}

/** What a unit does with its report, or the PAR focal point with a unit's report. */
export type UnitReportAction =
  | { action: 'save'; content: UnitReportContent }
  | { action: 'submit'; content: UnitReportContent; confirm: true }
  | { action: 'return'; comment: string }
  | { action: 'accept'; comment?: string };

export function useUnitReportAction(code: string, unitId: string) {
  return useReportWrite((input: UnitReportAction) => {
    const path = `${BASE}/${code}/units/${unitId}`;
    if (input.action === 'save') return api<UnitReport>(path, { method: 'PUT', body: { content: input.content } });
    const { action, ...body } = input;
    return api<UnitReport>(`${path}/${action}`, { method: 'POST', body });
  });
}

export const useGenerateReport = (code: string) =>
  useReportWrite((keepTexts: boolean) =>
    api<Consolidated>(`${BASE}/${code}/report/generate`, { method: 'POST', body: { keepTexts } }),
  );

export const useSaveVersion = (code: string) =>
  useReportWrite((body: { baseVersion: number; sections: Record<string, string>; meta: ReportMeta }) =>
    api<Consolidated>(`${BASE}/${code}/report/versions`, { method: 'POST', body }),
  );

export const useSendReport = (code: string) =>
  useReportWrite((body: { version: number; number: string; date: string; recipients: string[] }) =>
    api<Consolidated>(`${BASE}/${code}/report/send`, { method: 'POST', body }),
  );

export const useSaveReportSettings = () =>
  useReportWrite((body: ReportSettings) => api<ReportSettings>('/reports/settings', { method: 'PUT', body }));
