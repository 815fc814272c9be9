import type {
  CompletionFigures,
  ReportPeriod,
  ReportSignerMode,
  ReportWindowMode,
  SubmissionStatus,
  SubmissionTiming,
  TaskStatus,
  UnitReportContent,
} from '@cchc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** A report period with its due date and data window. */
export interface PeriodInfo {
  code: string;
  year: number;
  period: ReportPeriod;
  name: string;
  due: string;
  start: string;
  end: string;
}

/** A period as the list shows it, with the caller's unit's report and the units' progress. */
export interface PeriodSummary extends PeriodInfo {
  myUnit: { status: SubmissionStatus; timing: SubmissionTiming; late: boolean } | null;
  units: { total: number; submitted: number; accepted: number; late: number };
  report: { latestVersion: number; sent: boolean } | null;
}

export interface PeriodList {
  plan: { id: string; year: number; title: string } | null;
  windowMode: ReportWindowMode | null;
  today: string;
  canSeeAll: boolean;
  periods: PeriodSummary[];
}

/** Where a unit's report stands. */
export interface SubmissionState {
  status: SubmissionStatus;
  saved: boolean;
  timing: SubmissionTiming;
  late: boolean;
  submittedAt: string | null;
  reviewComment: string | null;
}

export interface UnitRef {
  id: string;
  name: string;
  shortName: string;
}

/** A unit's report form. */
export interface UnitReport extends SubmissionState {
  period: PeriodInfo;
  unit: UnitRef;
  areas: { code: string; title: string }[];
  tasks: {
    no: number | null;
    content: string;
    areaCode: string | null;
    status: TaskStatus;
    progress: number;
    dueDate: string | null;
    updates: { on: string; comment: string | null; progressAfter: number | null; statusAfter: TaskStatus | null }[];
  }[];
  content: UnitReportContent;
  history: { action: 'submit' | 'return' | 'accept'; at: string; by: string; comment: string | null }[];
  rights: { edit: boolean; review: boolean };
}

export interface UnitReportList {
  period: PeriodInfo;
  units: (SubmissionState & { unit: UnitRef })[];
}

/** The document's date, signer and recipients. */
export interface ReportMeta {
  date: string;
  signer: { mode: ReportSignerMode; name: string | null };
  recipients: string[];
  archive: string;
}

/** The figures the UI shows of a version's snapshot. */
export interface FiguresView {
  asOf: string;
  window: { start: string; end: string };
  completion: CompletionFigures;
  areas: { code: string; title: string; figures: CompletionFigures }[];
  oneStop: object | null;
  feedback: object | null;
  inspections: object | null;
}

export interface Consolidated {
  period: PeriodInfo;
  windowMode: ReportWindowMode;
  areas: { code: string; title: string }[];
  sectionKeys: string[];
  submissions: { units: number; submitted: number; accepted: number; returned: number };
  current: {
    version: number;
    kind: 'generated' | 'edited';
    asOf: string;
    figures: FiguresView;
    sections: Record<string, string>;
    meta: ReportMeta;
    createdAt: string;
  } | null;
  versions: { version: number; kind: 'generated' | 'edited'; asOf: string; createdAt: string; createdBy: string }[];
  sent: { version: number; number: string; date: string; recipients: string[]; sentAt: string } | null;
  sendings: { version: number; number: string; date: string; recipients: string[]; sentAt: string }[];
  /** The city's return with its comment, while it stands: edit and send a later version. */
  returned: { comment: string; at: string; by: string } | null;
  rights: { generate: boolean; edit: boolean; send: boolean };
}

export interface ReportSettings {
  windowMode: ReportWindowMode;
  remindWorkingDays: number[];
  recipients: string[];
  archive: string;
}

export interface ReportReminder {
  period: ReportPeriod;
  unitId: string;
  kind: 'due_soon' | 'overdue';
  due: string;
}

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
