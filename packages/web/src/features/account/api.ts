import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

/** One of the user's own open sessions, as GET /auth/sessions lists it. */
export type OwnSession = ApiResponse<'/api/v1/auth/sessions'>[number];

export type PasswordChange = ApiBody<'/api/v1/auth/password', 'post'>;

/** Off while the password is temporary: the server refuses every route but the change until then. */
export const useOwnSessions = (enabled: boolean) =>
  useQuery({ queryKey: ['account', 'sessions'], queryFn: () => api<OwnSession[]>('/auth/sessions'), enabled });

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordChange) => api<void>('/auth/password', { method: 'POST', body }),
    // /auth/me now says the password is no longer temporary; the other sessions ended on the server.
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['me'] });
      await client.invalidateQueries({ queryKey: ['account', 'sessions'] });
    },
  });
}

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/auth/sessions/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['account', 'sessions'] }),
  });
}

/** Whether the user's to-do and notification items also come by e-mail (GET/PUT /notifications/settings). */
export type MailSettings = ApiResponse<'/api/v1/notifications/settings'>;

export const useMailSettings = () =>
  useQuery({ queryKey: ['account', 'mail'], queryFn: () => api<MailSettings>('/notifications/settings') });

export function useSaveMailSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MailSettings) => api<MailSettings>('/notifications/settings', { method: 'PUT', body }),
    onSuccess: (saved) => client.setQueryData(['account', 'mail'], saved),
  });
}
