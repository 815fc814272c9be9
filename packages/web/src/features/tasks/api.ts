import type { ReviewState, TaskStatus, TimeframeKind } from '@cchc/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import type { Me } from '../../api/session';

export interface UnitRef {
  id: string;
  code: string;
  shortName: string;
}

export interface TaskFlags {
  dueSoon: boolean;
  overdue: boolean;
  workingDaysLeft: number | null;
  workingDaysOverdue: number | null;
  updateMissing: boolean;
  missingPeriod: string | null;
  updateDueSoon: boolean;
  awaitingTrigger: boolean;
  returned: boolean;
  awaitingReview: boolean;
}

/** What the caller may do on a task now, as the server decides it. */
export interface TaskCan {
  update: boolean;
  contribute: boolean;
  addEvidence: boolean;
  submit: boolean;
  approveForUnit: boolean;
  review: boolean;
  trigger: boolean;
  proposeAmendment: boolean;
}

export interface TaskMilestone {
  position: number;
  start: string | null;
  due: string;
  doneOn: string | null;
  overdue: boolean;
  dueSoon: boolean;
  workingDaysOverdue: number | null;
}

export interface DocumentRef {
  number: string;
  date: string | null;
  title: string | null;
}

/** A task of the plan in use, with its execution state, flags on the working calendar and the caller's rights. */
export interface Task {
  id: string;
  /** As the plan writes it: 12, "1.2", "a". */
  no: number | string | null;
  areaCode: string | null;
  content: string;
  product: string;
  source: 'appendix' | 'prose' | 'city' | 'chairman';
  sourceRef: string | null;
  sourceDocument: DocumentRef | null;
  lead: { text: string; group: string | null; units: UnitRef[] };
  coordinators: { text: string; group: string | null; units: UnitRef[] };
  ownerUnitId: string | null;
  timeframe: { text: string; kind: TimeframeKind; start: string | null; due: string | null };
  /** The deliverables of a task with several milestones, each flagged on its own. */
  milestones: TaskMilestone[];
  dueDate: string | null;
  trigger: (DocumentRef & { receivedAt: string; workingDays: number | null }) | null;
  status: TaskStatus;
  progress: number;
  notDoneReason: string | null;
  review: ReviewState | null;
  completedOn: string | null;
  acceptedAt: string | null;
  onTime: boolean | null;
  lastUpdateAt: string | null;
  evidenceCount: number;
  flags: TaskFlags;
  can: TaskCan;
}

export interface Evidence {
  id: string;
  kind: 'file' | 'document';
  fileName: string | null;
  fileSize: number | null;
  url: string | null;
  document: DocumentRef | null;
  addedBy: string | null;
  unit: string | null;
  addedAt: string;
}

export interface TimelineEntry {
  id: string;
  kind: string;
  at: string;
  author: string;
  unit: string | null;
  status: TaskStatus | null;
  progress: number | null;
  comment: string | null;
  data: Record<string, unknown>;
}

export interface TaskDetail extends Task {
  evidence: Evidence[];
  timeline: TimelineEntry[];
}

export interface TaskList {
  plan: { id: string; year: number; status: string } | null;
  today: string;
  tasks: Task[];
}

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
    queryFn: () => api<(UnitRef & { name: string })[]>('/tasks/units'),
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
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const headers: Record<string, string> = { 'accept-language': document.documentElement.lang || 'vi' };
      // The session's token, as every other write sends it (the JSON client cannot send a form).
      const csrf = client.getQueryData<Me | null>(['me'])?.csrfToken;
      if (csrf) headers['x-csrf-token'] = csrf;
      const response = await fetch(`/api/v1/tasks/${id}/evidence`, { method: 'POST', body: form, headers });
      const data: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const e = (data as { error?: { code: string; message: string; fields?: Record<string, string> } } | null)
          ?.error;
        throw new ApiError(response.status, e?.code ?? 'internal', e?.message ?? response.statusText, e?.fields);
      }
      return data as TaskDetail;
    },
    onSuccess: (task) => {
      client.setQueryData(['tasks', 'one', id], task);
      void client.invalidateQueries({ queryKey: ['tasks', 'list'] });
    },
  });
}

/** A task assigned by the city or the chairman, as entered. */
export interface AssignedTaskInput {
  source: 'city' | 'chairman';
  documentNumber: string;
  documentDate: string;
  documentTitle?: string;
  content: string;
  product?: string;
  leadUnitIds: string[];
  coordinatorUnitIds: string[];
  timeframeKind: TimeframeKind;
  dueDate?: string;
}

export function useCreateAssignedTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignedTaskInput) => api<TaskDetail>('/tasks', { method: 'POST', body }),
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
