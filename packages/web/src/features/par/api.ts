import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, type ErrorBody } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type IndexKind = AssessmentView['kind'];
export type Method = CriterionView['method'];

/** A ward's assessment as its page and the city's appraisal page show it. */
export type AssessmentView = ApiResponse<'/api/v1/par/assessments/{kind}/{year}'>;
export type CriterionView = AssessmentView['criteria'][number];
export type EvidenceLine = CriterionView['evidence'][number];
type EvidenceOptions = ApiResponse<'/api/v1/par/assessments/{kind}/{year}/evidence-options'>;

export type StandingRow = ApiResponse<'/api/v1/city/par/{kind}/{year}'>[number];

export type SetRow = ApiResponse<'/api/v1/city/par/sets'>[number];

/** What the ward page's writes answer: an answer, the scores, evidence added or removed, the submission. */
type ParWriteAnswer =
  | ApiResponse<'/api/v1/par/assessments/{kind}/{year}/answer', 'post'>
  | ApiResponse<'/api/v1/par/assessments/{kind}/{year}/scores', 'put'>
  | ApiResponse<'/api/v1/par/assessments/{kind}/{year}/evidence', 'post'>
  | ApiResponse<'/api/v1/par/assessments/{kind}/{year}/submit', 'post'>
  | ApiResponse<'/api/v1/par/evidence/{id}', 'delete'>;

/** What the city's steps on a ward's assessment answer. */
type CityWriteAnswer =
  | ApiResponse<'/api/v1/city/par/{kind}/{year}/wards/{code}/appraisal', 'post'>
  | ApiResponse<'/api/v1/city/par/{kind}/{year}/wards/{code}/finalise', 'post'>;

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
    queryFn: () => api<EvidenceOptions>(`${mine(kind, year)}/evidence-options`),
  });

/** Every write of the ward's page: it refreshes the assessment after. */
export function useParWrite(kind: IndexKind, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, method, body }: { path: string; method: string; body?: unknown }) =>
      api<ParWriteAnswer>(path.startsWith('/') ? path : `${mine(kind, year)}/${path}`, { method, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['par', kind, year] }),
  });
}

export const useStandings = (kind: IndexKind, year: number) =>
  useQuery({ queryKey: ['par-city', kind, year], queryFn: () => api<StandingRow[]>(`/city/par/${kind}/${year}`) });

export const useSets = () => useQuery({ queryKey: ['par-sets'], queryFn: () => api<SetRow[]>('/city/par/sets') });

export const useCityAssessment = (kind: IndexKind, year: number, code: string) =>
  useQuery({
    queryKey: ['par-city', kind, year, code],
    queryFn: () => api<ApiResponse<'/api/v1/city/par/{kind}/{year}/wards/{code}'>>(cityWard(kind, year, code)),
  });

export function useCityWrite(kind: IndexKind, year: number, code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: 'appraisal' | 'finalise'; body?: unknown }) =>
      api<CityWriteAnswer>(`${cityWard(kind, year, code)}/${step}`, { method: 'POST', body: body ?? {} }),
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
