import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** A task's window as the server reads it (dates `YYYY-MM-DD`, null for recurring and event timeframes). */
export interface Timeframe {
  text: string;
  kind: 'before' | 'date' | 'month' | 'quarter' | 'range' | 'year' | 'recurring' | 'event' | 'milestones';
  start: string | null;
  due: string | null;
  /** Each deliverable of a timeframe with several ("Tháng 3 và tháng 9/2026"). */
  milestones?: { start: string | null; due: string }[];
}

export interface PlanUnit {
  id: string;
  code: string;
  name: string;
  shortName: string;
}

/** A lead or coordinator cell: the text as written, a group expression, the units it names. */
export interface TaskCell {
  text: string;
  group: string | null;
  units: PlanUnit[];
}

export interface PlanTask {
  id: string;
  no: number | string | null;
  group: string | null;
  area: string | null;
  content: string;
  lead: TaskCell;
  coordinators: TaskCell;
  owner: PlanUnit | null;
  timeframe: Timeframe;
  product: string;
  source: 'appendix' | 'prose' | 'city' | 'chairman';
  sourceRef: string | null;
  addedInVersion: number;
  changedInVersion: number;
}

export interface Person {
  id: string;
  name: string | null;
}

export interface VersionSummary {
  version: number;
  kind: 'import' | 'amendment';
  status: 'draft' | 'confirmed' | 'proposed' | 'approved' | 'rejected';
  sourceFileName: string;
  sourceFormat: 'txt' | 'docx' | 'xlsx';
  note: string | null;
  decisionNote: string | null;
  createdAt: string;
  createdBy: Person | null;
  decidedAt: string | null;
  decidedBy: Person | null;
  summary: { added: number; removed: number; edited: number } | null;
}

/** The cells a version compares of a task. */
export interface TaskSnapshot {
  no: number | string | null;
  group: string | null;
  content: string;
  lead: string;
  coordinators: string;
  timeframe: string;
  product: string;
  sourceRef: string | null;
}

export interface PlanChanges {
  added: (TaskSnapshot & { taskId: string | null })[];
  removed: (TaskSnapshot & { taskId: string })[];
  edited: { taskId: string; fields: (keyof TaskSnapshot)[]; before: TaskSnapshot; after: TaskSnapshot }[];
  unchanged: number;
}

export interface PlanHeader {
  title: string | null;
  number: string | null;
  symbol?: string | null;
  date: string | null;
  issuer?: string | null;
  signer?: string | null;
  signerTitle?: string | null;
}

export interface Plan {
  id: string;
  year: number;
  title: string;
  status: 'draft' | 'in_use' | 'closed';
  currentVersion: number;
  inUseAt: string | null;
  inUseBy: Person | null;
  header: PlanHeader;
  targets: { code: string; text: string }[];
  groups: { code: string; title: string; area: string | null }[];
  tasks: PlanTask[];
  reports: { period: string; due: string }[];
  versions: VersionSummary[];
  pendingAmendment: number | null;
  permissions: { import: boolean; markInUse: boolean; approveAmendment: boolean };
}

/** A task as a document states it (the parsed plan of a preview or a version). */
export interface ParsedTask {
  /** As the document writes it: 12, "1.2", "a". */
  no: number | string;
  /** Its position in the appendix: the key of a timeframe fix. */
  position: number;
  group: string | null;
  content: string;
  lead: { text: string; units: string[]; unknown: string[]; group?: string };
  coordinators: { text: string; units: string[]; unknown: string[]; group?: string };
  timeframe: Timeframe;
  product: string;
}

export interface ParsedPlan {
  year: number;
  header: PlanHeader;
  targets: { code: string; text: string }[];
  groups: { code: string; title: string }[];
  tasks: ParsedTask[];
  reports: { period: string; due: string }[];
  warnings: { line: number; message: string }[];
  /** The appendix header as read; `recognised` false when the user must say which column is which. */
  appendixHeader?: { line: number; cells: string[]; columns: (AppendixColumn | null)[]; recognised: boolean } | null;
}

/** A column of the appendix table, as the server names it. */
export type AppendixColumn = 'no' | 'content' | 'lead' | 'coordinators' | 'timeframe' | 'product';

export interface PlanVersion extends VersionSummary {
  document: ParsedPlan;
  changes: PlanChanges | null;
}

export type ImportAction = 'create' | 'replace_draft' | 'propose_amendment' | 'closed';

export interface ImportPreview {
  fileName: string;
  format: 'txt' | 'docx' | 'xlsx';
  action: ImportAction;
  plan: { id: string; year: number; status: Plan['status']; currentVersion: number } | null;
  document: ParsedPlan;
  unknownUnits: { name: string; tasks: (number | string)[] }[];
  timeframeIssues: { no: number; label: string; text: string; message: string }[];
  proseCarriedOver: boolean;
  columnsNeeded: boolean;
  changes: PlanChanges;
  units: PlanUnit[];
}

/** What the user decided in the wizard, sent with the file on every preview and on confirmation. */
export interface ImportDecisions {
  unitMappings: { name: string; unitId: string; addAlias: boolean }[];
  timeframeFixes: { no: number; text: string }[];
  /** The appendix's columns in order, when the header was not understood. */
  columns?: (AppendixColumn | null)[];
  note?: string;
}

export interface UploadedFile {
  fileName: string;
  contentBase64: string;
}

/** The file's bytes as base64, the way the import routes take it. */
export async function readAsBase64(file: File): Promise<UploadedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(binary) };
}

/** The plan of the current year (or the latest); null when the ward has none yet. */
export function useCurrentPlan() {
  return useQuery({
    queryKey: ['plan', 'current'],
    queryFn: async () => {
      try {
        return await api<Plan>('/plans/current');
      } catch (e) {
        if ((e as { status?: number }).status === 404) return null;
        throw e;
      }
    },
  });
}

export function usePlanVersion(planId: string, version: number | null) {
  return useQuery({
    queryKey: ['plan', planId, 'version', version],
    queryFn: () => api<PlanVersion>(`/plans/${planId}/versions/${version}`),
    enabled: version !== null,
  });
}

export const usePreviewImport = () =>
  useMutation({
    mutationFn: (body: UploadedFile & ImportDecisions) =>
      api<ImportPreview>('/plans/imports/preview', { method: 'POST', body }),
  });

/** A write to a plan; every cached plan is read again afterwards. */
function usePlanWrite<T, R>(write: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries({ queryKey: ['plan'] }) });
}

export const useConfirmImport = () =>
  usePlanWrite((body: UploadedFile & ImportDecisions) =>
    api<{ planId: string; version: number; kind: string; status: string; changes: PlanChanges }>('/plans/imports', {
      method: 'POST',
      body,
    }),
  );

export const useMarkInUse = () =>
  usePlanWrite((planId: string) => api<Plan>(`/plans/${planId}/in-use`, { method: 'POST' }));

export const useDecideAmendment = () =>
  usePlanWrite(
    ({ planId, version, approve, note }: { planId: string; version: number; approve: boolean; note?: string }) =>
      api<{ status: string }>(`/plans/${planId}/versions/${version}/${approve ? 'approve' : 'reject'}`, {
        method: 'POST',
        body: { note },
      }),
  );
