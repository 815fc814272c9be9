import { formatPercentVi } from '@cchc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

/** The index of a ward (or unit) for a period. */
export type IndicatorReport = ApiResponse<'/api/v1/indicators'>;
/** One indicator of the Decision 766 index. */
export type IndicatorRow = IndicatorReport['indicators'][number];
/** The eleven counts of a row of form II.06a. */
export type ProcessingTable = ApiResponse<'/api/v1/statistics/processing-table'>;
export type ProcessingCounts = ProcessingTable['total'];
/** The monthly public results of a ward. */
export type PublicResults = ApiResponse<'/api/v1/public/{tenantCode}/results'>;

export const useIndicators = (period: string, unitId?: string) =>
  useQuery({
    queryKey: ['indicators', period, unitId ?? null],
    queryFn: () => api<IndicatorReport>(`/indicators?period=${period}${unitId ? `&unitId=${unitId}` : ''}`),
  });

export const useProcessingTable = (period: string, grouping: string) =>
  useQuery({
    queryKey: ['processing-table', period, grouping],
    queryFn: () => api<ProcessingTable>(`/statistics/processing-table?period=${period}&grouping=${grouping}`),
  });

export const usePublicResults = (tenantCode: string, month: string) =>
  useQuery({
    queryKey: ['public-results', tenantCode, month],
    queryFn: () => api<PublicResults>(`/public/${tenantCode}/results?month=${month}`),
    retry: false,
  });

export function useEnterIndicator() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { period: string; code: string; numerator: number; denominator: number; evidence: string }) =>
      api('/indicators/entries', { method: 'PUT', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['indicators'] }),
  });
}

/** A share as `63,64%`, or N/A. */
/** A rate as docs/DOMAIN.md §4 writes it: "50,50 %". */
export const percent = (rate: number | null) => formatPercentVi(rate);
