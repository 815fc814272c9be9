import type { TaskStatus, TimeframeKind } from '@cchc/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, formData } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

/** The task list: the plan in use, today, and its tasks as the list and the Gantt show them, with their flags. */
export type TaskList = ApiResponse<'/api/v1/tasks'>;
/** A task of the plan in use as the list shows it: number, content, lead, timeframe, state and flags. */
export type Task = TaskList['tasks'][number];
/** A task's page: the whole task with the caller's rights, its evidence and its timeline. */
export type TaskDetail = ApiResponse<'/api/v1/tasks/{id}'>;
export type UnitRef = Task['lead']['units'][number];
export type TaskFlags = Task['flags'];
/** What the caller may do on a task now, as the server decides it. */
export type TaskCan = TaskDetail['can'];
export type TaskMilestone = TaskDetail['milestones'][number];
export type DocumentRef = NonNullable<TaskDetail['sourceDocument']>;
export type Evidence = TaskDetail['evidence'][number];
export type TimelineEntry = TaskDetail['timeline'][number];

/** Filters of the task list, as query-string values. */
export interface TaskFilters {
  area?: string;
  unit?: string;
  status?: TaskStatus;
  kind?: TimeframeKind;
  overdue?: 'true';
  mine?: 'true';
  source?: Task['source'];
}

export const queryString = (filters: TaskFilters) => {
  const entries = Object.entries(filters).filter(([, v]) => v !== undefined && v !== '');
  return entries.length ? `?${new URLSearchParams(entries as [string, string][]).toString()}` : '';
};

export function useTasks(filters: TaskFilters) {
  return useQuery({
    queryKey: ['tasks', 'list', filters],
    queryFn: () => api<TaskList>(`/tasks${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string) {
  return useQuery({ queryKey: ['tasks', 'one', id], queryFn: () => api<TaskDetail>(`/tasks/${id}`) });
}

export function useTaskUnits() {
  return useQuery({
    queryKey: ['tasks', 'units'],
    queryFn: () => api<ApiResponse<'/api/v1/tasks/units'>>('/tasks/units'),
    staleTime: 300_000,
  });
}

/** A write on one task; the answer is the task's page as it is after, so the cache takes it as it comes. */
export function useTaskAction<T>(id: string, path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api<TaskDetail>(`/tasks/${id}/${path}`, { method: 'POST', body }),
    onSuccess: (task) => {
      client.setQueryData(['tasks', 'one', id], task);
      void client.invalidateQueries({ queryKey: ['tasks', 'list'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

/** Uploads an evidence file as multipart form data. */
export function useUploadEvidence(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      api<ApiResponse<'/api/v1/tasks/{id}/evidence', 'post'>>(`/tasks/${id}/evidence`, {
        method: 'POST',
        body: formData({}, { file: [file] }),
      }),
    onSuccess: (task) => {
      client.setQueryData(['tasks', 'one', id], task);
      void client.invalidateQueries({ queryKey: ['tasks', 'list'] });
    },
  });
}

/** A task assigned by the city or the chairman, as entered. */
export type AssignedTaskInput = ApiBody<'/api/v1/tasks', 'post'>;

export function useCreateAssignedTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignedTaskInput) =>
      api<ApiResponse<'/api/v1/tasks', 'post'>>('/tasks', { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['tasks', 'list'] }),
  });
}

/**
 * Who leads, as the ward calls its units: the resolved short names (the cell may hold a typo such as
 * "Phòng VHXXH"), or the group expression, or the cell as written when nothing was resolved.
 */
export function leadLabel(task: Pick<Task, 'lead'>): string {
  if (task.lead.units.length) return task.lead.units.map((u) => u.shortName).join(', ');
  return task.lead.group ?? task.lead.text;
}
