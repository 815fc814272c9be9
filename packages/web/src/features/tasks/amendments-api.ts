import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

/** What an amendment proposes: add a task, change one, or drop one, with the reason. */
export type AmendmentInput = ApiBody<'/api/v1/task-amendments', 'post'>;

type AmendmentList = ApiResponse<'/api/v1/task-amendments'>;
export type Amendment = AmendmentList['items'][number];
type Decision = ApiBody<'/api/v1/task-amendments/{id}/approve', 'post'>;

export function useAmendments() {
  return useQuery({
    queryKey: ['tasks', 'amendments'],
    queryFn: () => api<AmendmentList>('/task-amendments'),
  });
}

export function useProposeAmendment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AmendmentInput) =>
      api<ApiResponse<'/api/v1/task-amendments', 'post'>>('/task-amendments', { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['tasks', 'amendments'] }),
  });
}

export function useDecideAmendment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, approve, ...body }: { id: string; approve: boolean } & Decision) =>
      api<void>(`/task-amendments/${id}/${approve ? 'approve' : 'reject'}`, { method: 'POST', body }),
    // An approval changes the plan's tasks: every task view is read again.
    onSuccess: () => void client.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

export type TaskSettings = ApiResponse<'/api/v1/tasks/settings'>;

export function useTaskSettings() {
  return useQuery({ queryKey: ['tasks', 'settings'], queryFn: () => api<TaskSettings>('/tasks/settings') });
}

export function useSaveTaskSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/v1/tasks/settings', 'put'>) =>
      api<ApiResponse<'/api/v1/tasks/settings', 'put'>>('/tasks/settings', { method: 'PUT', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

export type AuditEntry = ApiResponse<'/api/v1/tasks/audit'>[number];

export function useTaskAudit(taskId?: string) {
  return useQuery({
    queryKey: ['tasks', 'audit', taskId ?? ''],
    queryFn: () => api<ApiResponse<'/api/v1/tasks/audit'>>(`/tasks/audit${taskId ? `?taskId=${taskId}` : ''}`),
  });
}
