import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

type TaskRegisters = ApiResponse<'/api/v1/tasks/{id}/registers'>;
/** A register record as a task shows it (server `register-links/records.ts`). */
export type RegisterRecord = Omit<TaskRegisters['linked'][number], 'linkedAt'>;
type Link = ApiBody<'/api/v1/tasks/{id}/registers', 'post'>;

export function useTaskRegisters(taskId: string) {
  return useQuery({
    queryKey: ['tasks', 'registers', taskId],
    queryFn: () => api<TaskRegisters>(`/tasks/${taskId}/registers`),
  });
}

/** Links a record; the task itself changes too (evidence, timeline, status), so its page is read again. */
export function useLinkRecord(taskId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Link) =>
      api<ApiResponse<'/api/v1/tasks/{id}/registers', 'post'>>(`/tasks/${taskId}/registers`, { method: 'POST', body }),
    onSuccess: (registers) => {
      client.setQueryData(['tasks', 'registers', taskId], registers);
      void client.invalidateQueries({ queryKey: ['tasks', 'one', taskId] });
      void client.invalidateQueries({ queryKey: ['tasks', 'list'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
