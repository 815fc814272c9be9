import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

export type Plan = ApiResponse<'/api/v1/plans/current'>;
export type PlanTask = Plan['tasks'][number];
/** A lead or coordinator cell: the text as written, a group expression, the units it names. */
export type TaskCell = PlanTask['lead'];
export type PlanUnit = TaskCell['units'][number];
/** A task's window as the server reads it (dates `YYYY-MM-DD`, null for recurring and event timeframes). */
export type Timeframe = PlanTask['timeframe'];
export type PlanHeader = Plan['header'];
export type VersionSummary = Plan['versions'][number];
export type Person = NonNullable<VersionSummary['createdBy']>;
export type PlanVersion = ApiResponse<'/api/v1/plans/{id}/versions/{version}'>;
export type PlanChanges = NonNullable<PlanVersion['changes']>;
/** The cells a version compares of a task. */
export type TaskSnapshot = PlanChanges['edited'][number]['before'];
/** A plan as a document states it (the parsed plan of a preview or a version). */
export type ParsedPlan = PlanVersion['document'];
export type ParsedTask = ParsedPlan['tasks'][number];
/** A column of the appendix table, as the server names it. */
export type AppendixColumn = NonNullable<NonNullable<ParsedPlan['appendixHeader']>['columns'][number]>;
export type ImportPreview = ApiResponse<'/api/v1/plans/imports/preview', 'post'>;
export type ImportAction = ImportPreview['action'];

type ImportBody = ApiBody<'/api/v1/plans/imports', 'post'>;

/** What the user decided in the wizard, sent with the file on every preview and on confirmation. */
export type ImportDecisions = Required<Pick<ImportBody, 'unitMappings' | 'timeframeFixes'>> &
  Pick<ImportBody, 'columns' | 'note'>;

export type UploadedFile = Pick<ImportBody, 'fileName' | 'contentBase64'>;

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
    api<ApiResponse<'/api/v1/plans/imports', 'post'>>('/plans/imports', {
      method: 'POST',
      body,
    }),
  );

export const useMarkInUse = () =>
  usePlanWrite((planId: string) =>
    api<ApiResponse<'/api/v1/plans/{id}/in-use', 'post'>>(`/plans/${planId}/in-use`, { method: 'POST' }),
  );

export const useDecideAmendment = () =>
  usePlanWrite(
    ({ planId, version, approve, note }: { planId: string; version: number; approve: boolean; note?: string }) =>
      api<ApiResponse<'/api/v1/plans/{id}/versions/{version}/approve', 'post'>>(
        `/plans/${planId}/versions/${version}/${approve ? 'approve' : 'reject'}`,
        {
          method: 'POST',
          body: { note },
        },
      ),
  );
