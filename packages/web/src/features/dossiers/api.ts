import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** How a dossier stands: open ones within / due soon / overdue / paused, finished ones early / on time / late. */
export type DossierTiming = 'within' | 'due_soon' | 'overdue' | 'paused' | 'early' | 'on_time' | 'late';

/** A dossier in the list. */
export interface Dossier {
  id: string;
  code: string;
  procedure: { id: string; code: string; name: string; field: string };
  unitId: string | null;
  status: number;
  channel: number | null;
  applicantName: string;
  receivedAt: string | null;
  dueAt: string | null;
  currentDueAt: string | null;
  endedAt: string | null;
  timing: DossierTiming | null;
  holder: string | null;
  apology: 'proposed' | 'issued' | null;
  source: 'counter' | 'import';
}

/** The dossier page: everything about one dossier and what the user may do next. */
export interface DossierDetail extends Dossier {
  applicant: {
    name: string;
    phone: string | null;
    email: string | null;
    address: string | null;
    idNumber: string | null;
  };
  components: { name: string; form?: string; copies?: number; hasFile: boolean }[];
  history: { status: number; at: string }[];
  supplements: { requestedAt: string; suppliedAt: string | null; agency: string; items: string[]; reason: string }[];
  feeLines: { name: string; amount: number }[];
  payments: { place: string; paidAt: string; amount: number }[];
  result: { code: string | null; fileUrl: string | null };
  flags: { digitised: boolean; reused: boolean; vneid: boolean; synced: boolean };
  handovers: {
    no: number;
    fromName: string;
    toName: string;
    liaison: boolean;
    givenAt: string;
    receivedAt: string | null;
    result: 'early' | 'on_time' | 'late' | null;
    note: string | null;
  }[];
  apologyLetter: {
    proposedAt: string | null;
    dueAt: string;
    agency: string;
    issuedAt: string | null;
    reason: string | null;
    newDueAt: string | null;
    letterNumber: string | null;
  } | null;
  rating: { satisfied: boolean; criteria: string[]; comment: string | null; ratedAt: string } | null;
  timeline: { at: string; action: string; actorName: string | null }[];
  assigneeName: string | null;
  allowed: string[];
  warnings: string[];
}

/** A procedure of the catalogue. */
export interface Procedure {
  id: string;
  code: string;
  name: string;
  field: string;
  limit: { days: number } | { hours: number } | null;
  fee: number | null;
  onlineLevel: 'none' | 'partial' | 'full';
  returnsPaperResult: boolean;
  unitId: string | null;
  components: string[];
  steps: { no: number; name: string; unitId: string | null; agency: string | null; budgetHours: number }[];
  incomplete: boolean;
  demo: boolean;
  active: boolean;
}

/** An import from the city's one-stop system, with its progress and report. */
export interface DossierImport {
  id: string;
  fileName: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  rejectedCount: number;
  rejected: { row: number; code: string | null; reason: string }[];
  newProcedures: string[];
  error: string | null;
  createdAt: string;
}

/** The list's filters, as query parameters. */
export type DossierFilter = Record<string, string | undefined>;

const query = (filter: DossierFilter) =>
  new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1]))).toString();

export const useDossiers = (filter: DossierFilter) =>
  useQuery({
    queryKey: ['dossiers', filter],
    queryFn: () => api<{ items: Dossier[]; total: number }>(`/dossiers?${query(filter)}`),
  });

export const useDossier = (id: string) =>
  useQuery({ queryKey: ['dossier', id], queryFn: () => api<DossierDetail>(`/dossiers/${id}`) });

export const useProcedures = (incomplete?: boolean) =>
  useQuery({
    queryKey: ['procedures', incomplete ?? null],
    queryFn: () => api<Procedure[]>(`/procedures${incomplete === undefined ? '' : `?incomplete=${incomplete}`}`),
  });

/** Runs an action (or the intake, an edit, the apology letter) and refreshes what it changes. */
export function useDossierWrite<T = DossierDetail>(path: string, method = 'POST') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => api<T>(path, { method, body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['dossiers'] });
      void client.invalidateQueries({ queryKey: ['dossier'] });
      void client.invalidateQueries({ queryKey: ['procedures'] });
    },
  });
}

export const useImports = () =>
  useQuery({
    queryKey: ['dossier-imports'],
    queryFn: () => api<DossierImport[]>('/dossiers/imports'),
    // Poll while an import runs, so the page shows its progress.
    refetchInterval: (q) =>
      q.state.data?.some((i) => i.status === 'pending' || i.status === 'running') ? 1000 : false,
  });

/** Sends a file as multipart form data (the JSON client does not), with the session's CSRF token. */
export async function uploadTableFile(path: string, file: File, csrf: string): Promise<unknown> {
  const form = new FormData();
  form.append('file', file);
  const response = await fetch(`/api/v1${path}`, { method: 'POST', body: form, headers: { 'x-csrf-token': csrf } });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok)
    throw new Error((data as { error?: { message: string } } | null)?.error?.message ?? response.statusText);
  return data;
}

/** A unit of the ward, for the intake form, hand-overs and the indicators per unit. */
export interface Unit {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

export const useUnits = () => useQuery({ queryKey: ['units'], queryFn: () => api<Unit[]>('/units') });

export const useAssignees = () =>
  useQuery({
    queryKey: ['dossier-assignees'],
    queryFn: () => api<{ id: string; fullName: string; unitId: string | null }[]>('/dossiers/assignees'),
  });
