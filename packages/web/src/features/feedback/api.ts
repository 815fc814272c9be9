import type { FeedbackAction } from '@cchc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

type FeedbackList = ApiResponse<'/api/v1/feedback'>;
type FeedbackIndicators = ApiResponse<'/api/v1/feedback/indicators'>;

/** A feedback as officers see it. */
export type Feedback = FeedbackList[number];

/** A deadline still ahead of a feedback, with how it stands today. */
export type PendingDeadline = Feedback['deadlines'][number];

/** One feedback with its history and what the user may do. */
export type FeedbackDetail = ApiResponse<'/api/v1/feedback/{id}'>;

/** Figures of one unit or the ward (indicators 5.1–5.3). */
export type FeedbackValues = FeedbackIndicators['total'];

export type FeedbackSettings = ApiBody<'/api/v1/feedback/settings', 'put'>;

export const useFeedbackList = (status: string) =>
  useQuery({
    queryKey: ['feedback', 'list', status],
    queryFn: () => api<FeedbackList>(`/feedback?pageSize=50${status === 'all' ? '' : `&status=${status}`}`),
  });

export const useFeedback = (id: string) =>
  useQuery({ queryKey: ['feedback', 'one', id], queryFn: () => api<FeedbackDetail>(`/feedback/${id}`) });

export const useUnits = () =>
  useQuery({ queryKey: ['units'], queryFn: () => api<ApiResponse<'/api/v1/units'>>('/units') });

export const useFeedbackIndicators = (from: string, to: string) =>
  useQuery({
    queryKey: ['feedback', 'indicators', from, to],
    queryFn: () => api<FeedbackIndicators>(`/feedback/indicators?from=${from}&to=${to}`),
  });

export const useReminders = () =>
  useQuery({
    queryKey: ['feedback', 'reminders'],
    queryFn: () => api<ApiResponse<'/api/v1/feedback/reminders'>>('/feedback/reminders'),
  });

export const useFeedbackSettings = () =>
  useQuery({
    queryKey: ['feedback', 'settings'],
    queryFn: () => api<ApiResponse<'/api/v1/feedback/settings'>>('/feedback/settings'),
  });

/** A write on feedback; every feedback query is read again after it. */
function useFeedbackWrite<T, R>(write: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries({ queryKey: ['feedback'] }) });
}

/** `transfer_out` is posted to `/feedback/:id/transfer-out`. */
export const useFeedbackAction = (id: string) =>
  useFeedbackWrite(({ action, body }: { action: FeedbackAction; body: object }) =>
    api<FeedbackDetail | undefined>(`/feedback/${id}/${action.replaceAll('_', '-')}`, { method: 'POST', body }),
  );

export const useIntake = () =>
  useFeedbackWrite((body: ApiBody<'/api/v1/feedback', 'post'>) =>
    api<ApiResponse<'/api/v1/feedback', 'post'>>('/feedback', { method: 'POST', body }),
  );

export const useSaveSettings = () =>
  useFeedbackWrite((body: FeedbackSettings) =>
    api<ApiResponse<'/api/v1/feedback/settings', 'put'>>('/feedback/settings', { method: 'PUT', body }),
  );
