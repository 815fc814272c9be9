import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

/** A ward's public portal: plan progress, the monthly scorecard, published answers, procedures, links. */
export type WardPortal = ApiResponse<'/api/v1/public/{tenantCode}/portal'>;

/** The city's public list of its wards with their scorecards of a month. */
type CityPublicPage = ApiResponse<'/api/v1/public/wards'>;

export const useWardPortal = (code: string) =>
  useQuery({
    queryKey: ['portal', code],
    queryFn: () => api<WardPortal>(`/public/${encodeURIComponent(code)}/portal`),
  });

export const useCityPublicPage = () =>
  useQuery({ queryKey: ['portal', 'wards'], queryFn: () => api<CityPublicPage>('/public/wards') });
