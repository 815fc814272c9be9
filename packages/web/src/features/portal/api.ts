import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { PublicResults } from '../indicators/api';

export interface PortalTask {
  no: number | null;
  content: string;
  status: string;
  dueDate: string | null;
  source: string;
  evidence: string[];
}

export interface WardPortal {
  ward: { code: string; name: string };
  today: string;
  plan: {
    plan: { year: number; title: string };
    completion: { total: number; completed: number; onTimeRate: number | null; completionRate: number | null };
    areas: { code: string; title: string; figures: { total: number; completed: number }; tasks: PortalTask[] }[];
  } | null;
  scorecard: PublicResults;
  feedback: { total: number; items: { id: string; title: string; answer?: string | null; unitName: string | null }[] };
  procedures: {
    code: string;
    name: string;
    field: string;
    limitDays: number | null;
    limitHours: number | null;
    fee: number | null;
    onlineLevel: 'none' | 'partial' | 'full';
  }[];
  links: Record<'lookup' | 'rating' | 'feedback' | 'results' | 'openDataJson' | 'openDataCsv', string>;
  licence: string;
}

export interface CityPublicPage {
  month: string;
  provisional: boolean;
  wards: {
    code: string;
    name: string;
    block: string;
    blockName: string;
    total: number | null;
    bandName: string | null;
  }[];
  licence: string;
}

export const useWardPortal = (code: string) =>
  useQuery({
    queryKey: ['portal', code],
    queryFn: () => api<WardPortal>(`/public/${encodeURIComponent(code)}/portal`),
  });

export const useCityPublicPage = () =>
  useQuery({ queryKey: ['portal', 'wards'], queryFn: () => api<CityPublicPage>('/public/wards') });
