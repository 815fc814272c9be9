import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

export type Dashboard = ApiResponse<'/api/v1/dashboard'>;

export type TaskBrief = Dashboard['overdue'][number];

export type TargetView = Dashboard['targets'][number];

/** A measure of a target with its value, how it was obtained and its status. */
export type MeasureView = TargetView['measures'][number];

export function useDashboard() {
  return useQuery({ queryKey: ['dashboard'], queryFn: () => api<Dashboard>('/dashboard') });
}

/** A value of a measure cchc cannot compute, entered by the coordinator with its date and evidence. */
export type TargetEntryInput = ApiBody<'/api/v1/targets/{code}/entries', 'post'>;

export function useEnterTargetValue(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TargetEntryInput) =>
      api<ApiResponse<'/api/v1/targets/{code}/entries', 'post'>>(`/targets/${code}/entries`, { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['dashboard'] }),
  });
}
