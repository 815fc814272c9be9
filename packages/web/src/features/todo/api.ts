import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** One thing the signed-in person must do (GET /api/v1/todo). */
export interface TodoItem {
  kind: string;
  title: string;
  deadline: string | null;
  link: string;
  overdue: boolean;
  count: number;
}

/** The person's to-do list; refreshed every minute and whenever the page regains focus. */
export function useTodo() {
  return useQuery({
    queryKey: ['todo'],
    queryFn: () => api<{ today: string; items: TodoItem[] }>('/todo'),
    refetchInterval: 60_000,
  });
}
