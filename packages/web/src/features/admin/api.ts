import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

export type Unit = ApiResponse<'/api/v1/units'>[number];

export type User = ApiResponse<'/api/v1/users'>[number];

export type NewUser = ApiBody<'/api/v1/users', 'post'>;

export const useUnits = () => useQuery({ queryKey: ['admin', 'units'], queryFn: () => api<Unit[]>('/units') });
export const useUsers = () => useQuery({ queryKey: ['admin', 'users'], queryFn: () => api<User[]>('/users') });

export function useUpdateUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: Pick<Unit, 'id' | 'name' | 'shortName' | 'aliases'>) =>
      api<Unit>(`/units/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'units'] }),
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => api<ApiResponse<'/api/v1/users', 'post'>>('/users', { method: 'POST', body: user }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

/** An admin's reset: the given password becomes temporary and every session of the user ends. */
export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      api<void>(`/users/${id}/password`, { method: 'POST', body: { password } }),
  });
}

/** Locks (active: false, which ends every session at once) or unlocks an account. */
export function useSetUserActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      api<User>(`/users/${id}`, { method: 'PATCH', body: { active } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}
