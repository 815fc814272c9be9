import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface InboxRow {
  code: string;
  name: string;
  block: string;
  status: 'on_time' | 'sent_late' | 'returned' | 'late' | 'pending' | 'not_in_plan';
  dueDate: string | null;
  sentOn: string | null;
  number: string | null;
  version: number | null;
  returned: { comment: string; at: string; by: string } | null;
}

export interface CityTask {
  id: string;
  content: string;
  document: { number: string; date: string; title: string | null };
  dueDate: string | null;
  scope: 'all' | 'block' | 'wards';
  wards: { code: string; name: string; status: string; progress: number; completedOn: string | null }[];
  completed: number;
}

export interface CityTaskIn {
  content: string;
  documentNumber: string;
  documentDate: string;
  dueDate?: string;
  scope: 'all' | 'block' | 'wards';
  block?: 'ward' | 'commune';
  wards?: string[];
}

export const useInbox = (period: string) =>
  useQuery({
    queryKey: ['city', 'inbox', period],
    queryFn: () => api<{ period: string; rows: InboxRow[] }>(`/city/inbox?period=${period}`),
  });

export function useInboxActions(period: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['city', 'inbox', period] });
  return {
    giveBack: useMutation({
      mutationFn: ({ code, comment }: { code: string; comment: string }) =>
        api<InboxRow>(`/city/inbox/${code}/${period}/return`, { method: 'POST', body: { comment } }),
      onSuccess: refresh,
    }),
    remind: useMutation({
      mutationFn: () => api<{ reminded: string[] }>('/city/inbox/reminders', { method: 'POST', body: { period } }),
    }),
  };
}

export const useCityTasks = () =>
  useQuery({ queryKey: ['city', 'tasks'], queryFn: () => api<CityTask[]>('/city/tasks') });

export function useCreateCityTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CityTaskIn) =>
      api<{ assigned: string[]; skipped: string[] }>('/city/tasks', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['city', 'tasks'] }),
  });
}
