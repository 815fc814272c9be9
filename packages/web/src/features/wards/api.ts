import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

export type Ward = ApiResponse<'/api/v1/tenants'>[number];

export type NewWard = ApiBody<'/api/v1/tenants', 'post'>;

/** What a city import of wards did, row by row. */
export type ImportReport = ApiResponse<'/api/v1/tenants/import', 'post'>;
export type RowReport = ImportReport['rows'][number];

type FeedKeys = ApiResponse<'/api/v1/feed/keys'>;
export type FeedKey = FeedKeys[number];

const WARDS = ['wards', 'list'];
export const useWards = () =>
  useQuery({
    queryKey: WARDS,
    queryFn: async () => (await api<ApiResponse<'/api/v1/tenants'>>('/tenants')).filter((w) => w.kind !== 'city'),
  });

/** A mutation that refreshes the ward list (and the header's picker) once it succeeded. */
function useWardMutation<I, O>(call: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: WARDS });
      void client.invalidateQueries({ queryKey: ['ward-picker'] });
    },
  });
}

export const useCreateWard = () =>
  useWardMutation((input: NewWard) =>
    api<ApiResponse<'/api/v1/tenants', 'post'>>('/tenants', {
      method: 'POST',
      body: input,
    }),
  );
export const useUpdateWard = () =>
  useWardMutation(({ code, ...patch }: { code: string } & ApiBody<'/api/v1/tenants/{ref}', 'patch'>) =>
    api<ApiResponse<'/api/v1/tenants/{ref}', 'patch'>>(`/tenants/${code}`, { method: 'PATCH', body: patch }),
  );
export const useRecordMerger = () =>
  useWardMutation(({ code, ...body }: { code: string } & ApiBody<'/api/v1/tenants/{ref}/mergers', 'post'>) =>
    api<ApiResponse<'/api/v1/tenants/{ref}/mergers', 'post'>>(`/tenants/${code}/mergers`, { method: 'POST', body }),
  );
export const useImportCity = () =>
  useWardMutation((file: ApiBody<'/api/v1/tenants/import', 'post'>) =>
    api<ImportReport>('/tenants/import', { method: 'POST', body: file }),
  );

const KEYS = ['feed', 'keys'];
export const useFeedKeys = () => useQuery({ queryKey: KEYS, queryFn: () => api<FeedKeys>('/feed/keys') });
export function useFeedKeyMutation<I, O>(call: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => void client.invalidateQueries({ queryKey: KEYS }) });
}

/** A chosen file as the base64 JSON upload the API takes. */
export async function fileUpload(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { fileName: file.name, contentBase64: btoa(binary) };
}
