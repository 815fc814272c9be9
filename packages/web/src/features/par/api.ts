import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, type ErrorBody } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type IndexKind = 'par' | 'dti';
export type Method = 'yes_no' | 'scale' | 'ratio' | 'survey' | 'deduction';

export interface EvidenceLine {
  id: string;
  code: string;
  kind: string;
  kindName: string;
  title: string;
  reference: string;
  unitName: string | null;
}

export interface CriterionView {
  code: string;
  label: string;
  parent: string | null;
  level: number;
  title: string;
  maxPoints: number;
  method: Method;
  survey: boolean;
  leaf: boolean;
  guide: string;
  pre: { value: number | null; points: number | null; percent: number | null; calculation: string } | null;
  self: { value: number; points: number; overrideReason: string | null; note: string | null } | null;
  appraised: { value: number; points: number; comment: string | null } | null;
  points: number | null;
  difference: number | null;
  evidence: EvidenceLine[];
}

export interface AssessmentView {
  kind: IndexKind;
  year: number;
  ward: { code: string; name: string };
  status: 'draft' | 'submitted' | 'appraised' | 'final';
  statusName: string;
  set: { id: string; version: number; title: string; totalPoints: number; deadline: string | null };
  asOf: string;
  criteria: CriterionView[];
  totals: { max: number; self: number; counted: number; final: number | null };
  projected: {
    score: number;
    surveyEstimated: boolean;
    rank: number | null;
    finalRank: number | null;
    of: number;
    blockName: string | null;
  };
  lost: { code: string; label: string; title: string; lost: number }[];
  appraisal: { at: string; by: string | null; comment: string | null } | null;
  answer: { text: string; at: string | null } | null;
  can: { edit: boolean; submit: boolean; answer: boolean; appraise: boolean };
}

export type StandingRow = ApiResponse<'/api/v1/city/par/{kind}/{year}'>[number];

export type SetRow = ApiResponse<'/api/v1/city/par/sets'>[number];

const mine = (kind: IndexKind, year: number) => `/par/assessments/${kind}/${year}`;
const cityWard = (kind: IndexKind, year: number, code: string) => `/city/par/${kind}/${year}/wards/${code}`;

/** The ward's assessment; a 404 (no set yet) reads as null. */
export const useAssessment = (kind: IndexKind, year: number) =>
  useQuery({
    queryKey: ['par', kind, year],
    queryFn: () =>
      api<AssessmentView>(mine(kind, year)).catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }),
  });

export const useEvidenceOptions = (kind: IndexKind, year: number, enabled: boolean) =>
  useQuery({
    queryKey: ['par-options', kind, year],
    enabled,
    queryFn: () =>
      api<{
        tasks: { id: string; no_label: string | null; content: string }[];
        products: { id: string; doc_title: string | null; file_name: string | null; no_label: string | null }[];
        reports: { id: string; period: string; sent_on: string | null }[];
        inspections: { id: string; unit_name: string; notice_number: string | null }[];
        reviews: { review_plan_id: string; document_id: string; number_symbol: string; title: string }[];
      }>(`${mine(kind, year)}/evidence-options`),
  });

/** Every write of the ward's page: it refreshes the assessment after. */
export function useParWrite(kind: IndexKind, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, method, body }: { path: string; method: string; body?: unknown }) =>
      api<unknown>(path.startsWith('/') ? path : `${mine(kind, year)}/${path}`, { method, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['par', kind, year] }),
  });
}

export const useStandings = (kind: IndexKind, year: number) =>
  useQuery({ queryKey: ['par-city', kind, year], queryFn: () => api<StandingRow[]>(`/city/par/${kind}/${year}`) });

export const useSets = () => useQuery({ queryKey: ['par-sets'], queryFn: () => api<SetRow[]>('/city/par/sets') });

export const useCityAssessment = (kind: IndexKind, year: number, code: string) =>
  useQuery({
    queryKey: ['par-city', kind, year, code],
    queryFn: () => api<AssessmentView>(cityWard(kind, year, code)),
  });

export function useCityWrite(kind: IndexKind, year: number, code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: 'appraisal' | 'finalise'; body?: unknown }) =>
      api<unknown>(`${cityWard(kind, year, code)}/${step}`, { method: 'POST', body: body ?? {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['par-city'] }),
  });
}

/** Sends the criteria file with its fields as multipart form data; errors keep their fields. */
export async function importCriteriaSet(fields: Record<string, string>, file: File, csrf: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', file);
  const response = await fetch('/api/v1/city/par/sets', {
    method: 'POST',
    body: form,
    headers: { 'x-csrf-token': csrf },
  });
  const data = (await response.json().catch(() => null)) as (SetRow & Partial<ErrorBody>) | null;
  if (!response.ok) {
    const e = data?.error;
    throw new ApiError(response.status, e?.code ?? 'internal', e?.message ?? '', e?.fields, e?.reason, e?.fieldReasons);
  }
  return data as SetRow;
}
