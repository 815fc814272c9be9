import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, formData } from '../../api/client';
import type { ApiResponse } from '../../api/types';

/** A page of the dossier list. */
export type DossierPage = ApiResponse<'/api/v1/dossiers'>;
/** A dossier in the list. */
export type Dossier = DossierPage['items'][number];
/** How a dossier stands: open ones within / due soon / overdue / paused, finished ones early / on time / late. */
export type DossierTiming = NonNullable<Dossier['timing']>;
/** The dossier page: everything about one dossier and what the user may do next. */
export type DossierDetail = ApiResponse<'/api/v1/dossiers/{id}'>;
/** A procedure of the catalogue. */
export type Procedure = ApiResponse<'/api/v1/procedures'>[number];
/** An import from the city's one-stop system, with its progress and report. */
export type DossierImport = ApiResponse<'/api/v1/dossiers/imports'>[number];

/** The list's filters, as query parameters. */
export type DossierFilter = Record<string, string | undefined>;

const query = (filter: DossierFilter) =>
  new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1]))).toString();

export const useDossiers = (filter: DossierFilter) =>
  useQuery({
    queryKey: ['dossiers', filter],
    queryFn: () => api<DossierPage>(`/dossiers?${query(filter)}`),
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

/** Sends a table file (`file`) to an import route. */
export const uploadTableFile = <T>(path: string, file: File) =>
  api<T>(path, { method: 'POST', body: formData({}, { file: [file] }) });

/** A unit of the ward, for the intake form, hand-overs and the indicators per unit. */
export type Unit = ApiResponse<'/api/v1/units'>[number];

export const useUnits = () => useQuery({ queryKey: ['units'], queryFn: () => api<Unit[]>('/units') });

export const useAssignees = () =>
  useQuery({
    queryKey: ['dossier-assignees'],
    queryFn: () => api<ApiResponse<'/api/v1/dossiers/assignees'>>('/dossiers/assignees'),
  });
