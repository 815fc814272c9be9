import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export type RegisterKind = 'legal_review' | 'legal_document' | 'expired_list' | 'inspection_plan' | 'inspection';

/** A register record as a task shows it (server `register-links/records.ts`). */
export interface RegisterRecord {
  kind: RegisterKind;
  id: string;
  year: number;
  title: string;
  number: string | null;
  date: string | null;
  status: string | null;
  done: number | null;
  total: number | null;
  url: string;
}

export interface TaskRegisters {
  canLink: boolean;
  linked: (RegisterRecord & { linkedAt: string })[];
  suggestions: (RegisterRecord & { score: number })[];
}

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
    mutationFn: (body: { kind: RegisterKind; recordId: string }) =>
      api<TaskRegisters>(`/tasks/${taskId}/registers`, { method: 'POST', body }),
    onSuccess: (registers) => {
      client.setQueryData(['tasks', 'registers', taskId], registers);
      void client.invalidateQueries({ queryKey: ['tasks', 'one', taskId] });
      void client.invalidateQueries({ queryKey: ['tasks', 'list'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
