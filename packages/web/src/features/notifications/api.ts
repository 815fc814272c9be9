import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export type NotificationKind =
  | 'due_soon'
  | 'overdue'
  | 'update_missing'
  | 'returned'
  | 'awaiting_review'
  | 'weekly_digest'
  | 'feedback_deadline'
  | 'report_due'
  | 'apology_needed'
  | 'accepted'
  | 'report_returned'
  | 'decision_waiting';

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  taskId: string | null;
  day: string;
  data: Record<string, unknown>;
  createdAt: string;
  read: boolean;
  /** Identical notifications folded into this one. */
  count: number;
}

/** The user's notifications and unread count; polled so the bell stays current without a reload. */
export function useNotifications() {
  return useQuery({
    queryKey: ['notifications'],
    queryFn: () => api<{ unread: number; items: AppNotification[] }>('/notifications'),
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) =>
      api<{ unread: number }>('/notifications/read', { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
