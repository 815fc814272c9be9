import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

type NotificationList = ApiResponse<'/api/v1/notifications'>;

/** One notification; `count` identical ones folded into it. */
export type AppNotification = NotificationList['items'][number];

export type NotificationKind = AppNotification['kind'];

/** The user's notifications and unread count; polled so the bell stays current without a reload. */
export function useNotifications() {
  return useQuery({
    queryKey: ['notifications'],
    queryFn: () => api<NotificationList>('/notifications'),
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/v1/notifications/read', 'post'>) =>
      api<ApiResponse<'/api/v1/notifications/read', 'post'>>('/notifications/read', { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
