import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

type TodoList = ApiResponse<'/api/v1/todo'>;

/** One thing the signed-in person must do (GET /api/v1/todo). */
export type TodoItem = TodoList['items'][number];

/** The person's to-do list; refreshed every minute and whenever the page regains focus. */
export function useTodo() {
  return useQuery({
    queryKey: ['todo'],
    queryFn: () => api<TodoList>('/todo'),
    refetchInterval: 60_000,
  });
}
