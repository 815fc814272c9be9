import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from './client';
import type { ApiResponse } from './types';
import { pickedWard, setPickedWard } from './ward-pick';

/** The logged-in user as /auth/me describes it. */
export type Me = ApiResponse<'/api/v1/auth/me'>;

/** The session, or null when nobody is logged in. */
export function useSession() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const me = await api<Me>('/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        // A picked ward that is gone (or not this user's to pick): back to the user's own tenant.
        if (e instanceof ApiError && pickedWard() && (e.status === 403 || e.status === 404)) {
          setPickedWard(null);
          const me = await api<Me>('/auth/me');
          setCsrfToken(me.csrfToken);
          return me;
        }
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export function useLogout() {
  const client = useQueryClient();
  return async () => {
    await api('/auth/logout', { method: 'POST' });
    setCsrfToken(null);
    setPickedWard(null);
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    client.setQueryData(['me'], null); // the app falls back to the login routes at once
  };
}
