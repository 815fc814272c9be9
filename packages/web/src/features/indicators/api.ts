import { formatPercentVi, type ProcessingCounts } from '@cchc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** One indicator of the Decision 766 index. */
export interface IndicatorRow {
  code: string;
  group: number;
  name: string;
  numerator: number | null;
  denominator: number | null;
  rate: number | null;
  points: number | null;
  maxPoints: number;
  target: number | null;
  source: 'computed' | 'entered';
  evidence?: string;
  /** What the numerator and the denominator count, and the clause of Decision 766 the rule comes from. */
  formula: { numerator: string; denominator: string };
  clause: string;
}

/** The index of a ward (or unit) for a period. */
export interface IndicatorReport {
  period: string;
  from: string;
  to: string;
  tenant: { code: string; name: string };
  indicators: IndicatorRow[];
  total: number | null;
  awardedPoints: number;
  applicableMaxPoints: number;
  band: string | null;
  bandName: string | null;
  warnings: string[];
}

/** The eleven counts of a row of form II.06a: the domain's own type, as the API sends it. */
export type { ProcessingCounts };

export interface ProcessingTable {
  period: string;
  rows: { unitId: string | null; unitName: string | null; field: string | null; counts: ProcessingCounts }[];
  total: ProcessingCounts;
  problems: { row: string | null; rule: string; message: string }[];
  apologiesIssued: number;
}

/** The monthly public results of a ward. */
export interface PublicResults {
  tenant: { code: string; name: string };
  month: string;
  provisional: boolean;
  total: number | null;
  band: string | null;
  bandName: string | null;
  indicators: Pick<
    IndicatorRow,
    'code' | 'name' | 'numerator' | 'denominator' | 'rate' | 'points' | 'maxPoints' | 'source' | 'formula' | 'clause'
  >[];
  units: { rank: number; name: string; total: number; bandName: string | null }[];
  /** Fewer dossiers than the minimum: no band ("chưa đủ dữ liệu"). */
  insufficientData: boolean;
  /** The revision shown of a closed (frozen) month, when it was published, and every revision. */
  revision: number | null;
  publishedAt: string | null;
  revisions: { revision: number; publishedAt: string; reason: string }[];
}

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
