import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export const OVERVIEW_MEASURES = ['766', 'plan', 'inspection', 'feedback', 'reports'] as const;
export type OverviewMeasure = (typeof OVERVIEW_MEASURES)[number];

export type CityOverview = ApiResponse<'/api/v1/city/overview'>;

export type CityRow = CityOverview['rows'][number];

/** A measure's figure in the city's table (value: 766 points or a percentage), with its rank in the block. */
export type CityFigure = CityRow['measures'][OverviewMeasure];

export type WardSeries = ApiResponse<'/api/v1/city/wards/{code}/series'>;

export type WardDetail = ApiResponse<'/api/v1/city/wards/{code}'>;

export const useCityOverview = (period: string) =>
  useQuery({
    queryKey: ['city', 'overview', period],
    queryFn: () => api<CityOverview>(`/city/overview?period=${period}`),
  });

export const useWardDetail = (code: string, period: string) =>
  useQuery({
    queryKey: ['city', 'ward', code, period],
    queryFn: () => api<WardDetail>(`/city/wards/${encodeURIComponent(code)}?period=${period}`),
  });

export const useWardSeries = (code: string, year: number) =>
  useQuery({
    queryKey: ['city', 'series', code, year],
    queryFn: () => api<WardSeries>(`/city/wards/${encodeURIComponent(code)}/series?year=${year}`),
  });
