import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

type Inbox = ApiResponse<'/api/v1/city/inbox'>;

export type InboxRow = Inbox['rows'][number];

export type CityTask = ApiResponse<'/api/v1/city/tasks'>[number];

export type CityTaskIn = ApiBody<'/api/v1/city/tasks', 'post'>;

export const useInbox = (period: string) =>
  useQuery({
    queryKey: ['city', 'inbox', period],
    queryFn: () => api<Inbox>(`/city/inbox?period=${period}`),
  });

export function useInboxActions(period: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['city', 'inbox', period] });
  return {
    giveBack: useMutation({
      mutationFn: ({ code, comment }: { code: string; comment: string }) =>
        api<ApiResponse<'/api/v1/city/inbox/{code}/{period}/return', 'post'>>(`/city/inbox/${code}/${period}/return`, {
          method: 'POST',
          body: { comment },
        }),
      onSuccess: refresh,
    }),
    remind: useMutation({
      mutationFn: () =>
        api<ApiResponse<'/api/v1/city/inbox/reminders', 'post'>>('/city/inbox/reminders', {
          method: 'POST',
          body: { period },
        }),
    }),
  };
}

export const useCityTasks = () =>
  useQuery({ queryKey: ['city', 'tasks'], queryFn: () => api<CityTask[]>('/city/tasks') });

export function useCreateCityTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CityTaskIn) =>
      api<ApiResponse<'/api/v1/city/tasks', 'post'>>('/city/tasks', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['city', 'tasks'] }),
  });
}
