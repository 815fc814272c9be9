import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type InspectionPlan = ApiResponse<'/api/v1/inspections/plans'>[number];

/** One unit's inspection in a plan. */
export type Inspection = InspectionPlan['inspections'][number];

export type InspectionDetail = ApiResponse<'/api/v1/inspections/{id}'>;

export type Coverage = ApiResponse<'/api/v1/inspections/coverage'>;

export const usePlans = (year: number, enabled: boolean) =>
  useQuery({
    queryKey: ['inspections', 'plans', year],
    queryFn: () => api<InspectionPlan[]>(`/inspections/plans?year=${year}`),
    enabled,
  });

export const useConclusions = (year: number) =>
  useQuery({
    queryKey: ['inspections', 'conclusions', year],
    queryFn: () => api<Inspection[]>(`/inspections/conclusions?year=${year}`),
  });

export const useCoverage = (year: number) =>
  useQuery({
    queryKey: ['inspections', 'coverage', year],
    queryFn: () => api<Coverage>(`/inspections/coverage?year=${year}`),
  });

export const useInspection = (id: string) =>
  useQuery({ queryKey: ['inspections', 'one', id], queryFn: () => api<InspectionDetail>(`/inspections/${id}`) });

/** What the inspection writes answer: a new plan, or the step taken on an inspection. */
type InspectionWriteAnswer =
  | ApiResponse<'/api/v1/inspections/plans', 'post'>
  | ApiResponse<'/api/v1/inspections/{id}/self-assessment', 'post'>
  | ApiResponse<'/api/v1/inspections/{id}/findings', 'post'>
  | ApiResponse<'/api/v1/inspections/{id}/follow-ups', 'post'>
  | ApiResponse<'/api/v1/inspections/{id}/follow-ups/{followUpId}/done', 'post'>
  | ApiResponse<'/api/v1/inspections/{id}/conclude', 'post'>;

/** A write on inspections; every inspection query is read again after it. */
export function useInspectionWrite<T>(path: (input: T) => string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: T & { body: object }) =>
      api<InspectionWriteAnswer>(path(input), { method: 'POST', body: input.body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['inspections'] }),
  });
}
