import type { TimeframeKind } from '@cchc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** A task's fields as an amendment proposes them. */
export interface TaskFields {
  content: string;
  product?: string;
  leadUnitIds: string[];
  leadGroup?: string;
  coordinatorUnitIds: string[];
  coordinatorsGroup?: string;
  timeframeText?: string;
  timeframeKind: TimeframeKind;
  startDate?: string;
  dueDate?: string;
}

export type AmendmentInput =
  | { action: 'add'; fields: TaskFields; reason: string }
  | { action: 'change'; taskId: string; fields: TaskFields; reason: string }
  | { action: 'drop'; taskId: string; reason: string };

export interface Amendment {
  id: string;
  action: 'add' | 'change' | 'drop';
  taskId: string | null;
  proposal: Partial<TaskFields>;
  before: { no?: number | null; content?: string; due_date?: string | null; timeframe_text?: string } | null;
  reason: string;
  status: 'proposed' | 'approved' | 'rejected';
  proposedBy: string | null;
  unit: string | null;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  decisionNumber: string | null;
  appliedVersion: number | null;
}

export function useAmendments() {
  return useQuery({
    queryKey: ['tasks', 'amendments'],
    queryFn: () => api<{ canPropose: boolean; canDecide: boolean; items: Amendment[] }>('/task-amendments'),
  });
}

export function useProposeAmendment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AmendmentInput) => api<{ id: string }>('/task-amendments', { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['tasks', 'amendments'] }),
  });
}

export function useDecideAmendment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, approve, ...body }: { id: string; approve: boolean; note?: string; decisionNumber?: string }) =>
      api<void>(`/task-amendments/${id}/${approve ? 'approve' : 'reject'}`, { method: 'POST', body }),
    // An approval changes the plan's tasks: every task view is read again.
    onSuccess: () => void client.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

export interface TaskSettings {
  acceptor: 'coordinator' | 'chairman';
  unitHeadApproval: boolean;
  secondPairOfEyes: boolean;
  dueSoonWorkingDays: number;
}

export function useTaskSettings() {
  return useQuery({ queryKey: ['tasks', 'settings'], queryFn: () => api<TaskSettings>('/tasks/settings') });
}

export function useSaveTaskSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<TaskSettings>) => api<TaskSettings>('/tasks/settings', { method: 'PUT', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export function useTaskAudit(taskId?: string) {
  return useQuery({
    queryKey: ['tasks', 'audit', taskId ?? ''],
    queryFn: () => api<AuditEntry[]>(`/tasks/audit${taskId ? `?taskId=${taskId}` : ''}`),
  });
}
