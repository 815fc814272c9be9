import type {
  FindingSeverity,
  FollowUpStatus,
  InspectionStatus,
  SelfAssessmentResult,
  SelfInspectionArea,
} from '@cchc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface UnitRef {
  id: string;
  name: string;
}

/** One unit's inspection in a plan. */
export interface Inspection {
  id: string;
  planId: string;
  unit: UnitRef;
  plannedFrom: string;
  plannedTo: string;
  status: InspectionStatus;
  concludedAt: string | null;
  noticeNumber: string | null;
}

export interface InspectionPlan {
  id: string;
  year: number;
  title: string;
  reference: string | null;
  scope: string;
  team: string[];
  inspections: Inspection[];
}

export interface InspectionDetail extends Inspection {
  plan: Omit<InspectionPlan, 'inspections'>;
  selfAssessment: { area: SelfInspectionArea; result: SelfAssessmentResult; note: string }[];
  selfAssessedAt: string | null;
  conclusion: string | null;
  noticeDate: string | null;
  signerName: string | null;
  cancelNote: string | null;
  findings: { id: string; severity: FindingSeverity; text: string }[];
  followUps: {
    id: string;
    findingId: string | null;
    action: string;
    owner: UnitRef;
    ownerName: string | null;
    dueOn: string;
    status: FollowUpStatus;
    timing: 'done' | 'open' | 'overdue';
    doneNote: string | null;
  }[];
  permissions: { manage: boolean; selfAssess: boolean };
}

export interface Coverage {
  year: number;
  inspected: number;
  total: number;
  rate: number | null;
  missingUnits: UnitRef[];
}

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

/** A write on inspections; every inspection query is read again after it. */
export function useInspectionWrite<T>(path: (input: T) => string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: T & { body: object }) => api<unknown>(path(input), { method: 'POST', body: input.body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['inspections'] }),
  });
}
