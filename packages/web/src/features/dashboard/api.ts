import type { CompletionFigures, TargetStatus } from '@cchc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface TaskBrief {
  id: string;
  no: number | null;
  content: string;
  dueDate: string | null;
  unit: string | null;
  workingDays: number | null;
}

/** A measure of a target with its value, how it was obtained and its status. */
export interface MeasureView {
  metric: string;
  comparator: '<=' | '>=' | '=' | '>' | '<';
  target: number;
  unit: string;
  scope: string | null;
  baseline: string | null;
  origin: 'computed' | 'entered';
  reading: {
    value: number | null;
    asOf: string;
    origin: 'computed' | 'entered';
    method: string;
    numerator?: number;
    denominator?: number;
    evidence?: { number: string | null; date: string | null; note: string | null };
    projection?: { value: number | null; numerator: number; denominator: number; method: string };
  } | null;
  previousValue: number | null;
  status: TargetStatus;
}

export interface TargetView {
  code: string;
  text: string;
  status: TargetStatus;
  measures: MeasureView[];
}

export interface Dashboard {
  plan: { id: string; year: number } | null;
  today: string;
  completion: CompletionFigures | null;
  byArea: { code: string; title: string; figures: CompletionFigures }[];
  byUnit: { unitId: string; name: string; figures: CompletionFigures }[];
  overdue: TaskBrief[];
  dueSoon: TaskBrief[];
  recentCompletions: (TaskBrief & { completedOn: string | null; onTime: boolean })[];
  awaitingReview: number;
  updateMissing: number;
  months: { month: number; due: number; completedOnTime: number; completedLate: number; open: number }[];
  targets: TargetView[];
}

export function useDashboard() {
  return useQuery({ queryKey: ['dashboard'], queryFn: () => api<Dashboard>('/dashboard') });
}

/** A value of a measure cchc cannot compute, entered by the coordinator with its date and evidence. */
export interface TargetEntryInput {
  metric: string;
  value: number;
  asOf: string;
  evidenceNumber?: string;
  evidenceDate?: string;
  note?: string;
}

export function useEnterTargetValue(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TargetEntryInput) => api<TargetView>(`/targets/${code}/entries`, { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['dashboard'] }),
  });
}
