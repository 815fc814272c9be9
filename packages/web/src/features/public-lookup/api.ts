import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';

/** What the public page shows of a dossier: no name, phone or address. */
export interface LookedUpDossier {
  code: string;
  procedureName: string;
  status: number;
  receivedAt: string | null;
  dueAt: string | null;
  timeline: { status: number; at: string }[];
  rated: boolean;
  canRate: boolean;
  ratingCriteria: string[];
}

export const useLookup = () =>
  useMutation({
    mutationFn: (body: { code: string; phone: string }) =>
      api<LookedUpDossier>('/public/dossiers/lookup', { method: 'POST', body }),
  });

export const useRate = () =>
  useMutation({
    mutationFn: (body: { code: string; phone: string; satisfied: boolean; criteria: string[]; comment?: string }) =>
      api<void>('/public/dossiers/rating', { method: 'POST', body }),
  });
