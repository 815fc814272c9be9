import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

/** What the public page shows of a dossier: no name, phone or address. */
export type LookedUpDossier = ApiResponse<'/api/v1/public/dossiers/lookup', 'post'>;

export const useLookup = () =>
  useMutation({
    mutationFn: (body: ApiBody<'/api/v1/public/dossiers/lookup', 'post'>) =>
      api<LookedUpDossier>('/public/dossiers/lookup', { method: 'POST', body }),
  });

export const useRate = () =>
  useMutation({
    mutationFn: (body: ApiBody<'/api/v1/public/dossiers/rating', 'post'>) =>
      api<void>('/public/dossiers/rating', { method: 'POST', body }),
  });
