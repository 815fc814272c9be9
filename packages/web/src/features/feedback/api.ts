import type {
  FeedbackAction,
  FeedbackCategory,
  FeedbackChannel,
  FeedbackDeadlineKind,
  FeedbackStatus,
} from '@cchc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** A deadline still ahead of a feedback, with how it stands today. */
export interface PendingDeadline {
  kind: FeedbackDeadlineKind;
  due: string;
  state: 'within' | 'due_soon' | 'overdue';
}

/** A feedback as officers see it. */
export interface Feedback {
  id: string;
  trackingCode: string;
  channel: FeedbackChannel;
  category: FeedbackCategory;
  title: string;
  text: string;
  dossierCode: string | null;
  submitter: { name: string | null; phone: string | null; email: string | null; address: string | null };
  complaintKinds: string[];
  related: { id: string; trackingCode: string } | null;
  status: FeedbackStatus;
  unit: { id: string; name: string } | null;
  submittedAt: string;
  deadlines: PendingDeadline[];
  infoRequest: { at: string; text: string; supplied: string | null } | null;
  closed: { at: string; reason: string | null; note: string | null; agency: string | null } | null;
  answer: string | null;
  returnNote: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  public: { title: string; text: string; answer: string } | null;
}

/** One feedback with its history and what the user may do. */
export interface FeedbackDetail extends Feedback {
  events: {
    action: string;
    at: string;
    actor: string | null;
    fromUnit: string | null;
    toUnit: string | null;
    agency: string | null;
    note: string | null;
  }[];
  attachments: { id: string; fileName: string; contentType: string; size: number }[];
  reactions: { likes: number; dislikes: number; reasons: string[] };
  repeats: { id: string; trackingCode: string }[];
  actions: FeedbackAction[];
  timing: { onTime: boolean; steps: Partial<Record<FeedbackDeadlineKind, 'on_time' | 'late' | 'pending'>> };
  publicDraft: { title: string; text: string; answer: string };
}

/** Figures of one unit or the ward (indicators 5.1–5.3). */
export interface FeedbackValues {
  received: number;
  byCategory: Record<FeedbackCategory, number>;
  byChannel: Record<FeedbackChannel, number>;
  inCompetence: number;
  published: number;
  onTime: { numerator: number; denominator: number; rate: number | null };
  late: number;
  satisfaction: { numerator: number; denominator: number; rate: number | null };
}

export interface FeedbackIndicators {
  total: FeedbackValues;
  units: { unitId: string | null; unitName: string | null; values: FeedbackValues }[];
}

export interface FeedbackSettings {
  rejectDays: number;
  infoRequestDays: number;
  answerDays: number;
  publishDays: number;
  remindBefore: number;
  intakeUnitId: string | null;
}

export interface Unit {
  id: string;
  name: string;
  active: boolean;
}

export const useFeedbackList = (status: string) =>
  useQuery({
    queryKey: ['feedback', 'list', status],
    queryFn: () => api<Feedback[]>(`/feedback?pageSize=50${status === 'all' ? '' : `&status=${status}`}`),
  });

export const useFeedback = (id: string) =>
  useQuery({ queryKey: ['feedback', 'one', id], queryFn: () => api<FeedbackDetail>(`/feedback/${id}`) });

export const useUnits = () => useQuery({ queryKey: ['units'], queryFn: () => api<Unit[]>('/units') });

export const useFeedbackIndicators = (from: string, to: string) =>
  useQuery({
    queryKey: ['feedback', 'indicators', from, to],
    queryFn: () => api<FeedbackIndicators>(`/feedback/indicators?from=${from}&to=${to}`),
  });

export const useReminders = () =>
  useQuery({
    queryKey: ['feedback', 'reminders'],
    queryFn: () =>
      api<{ feedbackId: string; trackingCode: string; title: string; kind: FeedbackDeadlineKind; due: string }[]>(
        '/feedback/reminders',
      ),
  });

export const useFeedbackSettings = () =>
  useQuery({ queryKey: ['feedback', 'settings'], queryFn: () => api<FeedbackSettings>('/feedback/settings') });

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
  useFeedbackWrite((body: object) => api<{ id: string; trackingCode: string }>('/feedback', { method: 'POST', body }));

export const useSaveSettings = () =>
  useFeedbackWrite((body: FeedbackSettings) =>
    api<{ recomputed: number }>('/feedback/settings', { method: 'PUT', body }),
  );
