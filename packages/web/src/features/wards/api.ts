import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface Ward {
  id: string;
  code: string;
  kind: 'city' | 'ward' | 'commune' | 'special_zone';
  block: 'ward' | 'commune' | null;
  name: string;
  shortName: string;
  adminUnitCode: string | null;
  agencyCode: string | null;
  active: boolean;
}

export interface NewWard {
  code: string;
  name: string;
  kind: 'ward' | 'commune' | 'special_zone';
  agencyCode?: string;
  adminUnitCode?: string;
  templateCode?: string;
  unitsFile?: { fileName: string; contentBase64: string };
  firstAdmin?: { username: string; fullName: string; email?: string };
}

export interface RowReport {
  row: number;
  code: string | null;
  action: 'created' | 'updated' | 'unchanged' | 'error';
  message: string;
  password?: string;
}
export interface ImportReport {
  rows: RowReport[];
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
}

export interface FeedKey {
  id: string;
  name: string;
  prefix: string;
  wards: string[] | 'all';
  createdAt: string;
  revokedAt: string | null;
}

const WARDS = ['wards', 'list'];
export const useWards = () =>
  useQuery({
    queryKey: WARDS,
    queryFn: async () => (await api<Ward[]>('/tenants')).filter((w) => w.kind !== 'city'),
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
    api<Ward & { firstAdmin: { username: string; password?: string } | null }>('/tenants', {
      method: 'POST',
      body: input,
    }),
  );
export const useUpdateWard = () =>
  useWardMutation(({ code, ...patch }: { code: string } & Partial<Pick<Ward, 'name' | 'shortName' | 'active'>>) =>
    api<Ward>(`/tenants/${code}`, { method: 'PATCH', body: patch }),
  );
export const useRecordMerger = () =>
  useWardMutation(
    ({ code, ...body }: { code: string; formerName: string; formerCode?: string; formerTenantCode?: string }) =>
      api(`/tenants/${code}/mergers`, { method: 'POST', body }),
  );
export const useImportCity = () =>
  useWardMutation((file: { fileName: string; contentBase64: string }) =>
    api<ImportReport>('/tenants/import', { method: 'POST', body: file }),
  );

const KEYS = ['feed', 'keys'];
export const useFeedKeys = () => useQuery({ queryKey: KEYS, queryFn: () => api<FeedKey[]>('/feed/keys') });
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
