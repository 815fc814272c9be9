import type { LegalStatus } from '@cchc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, formData } from '../../api/client';

export type { LegalStatus } from '@cchc/domain';

export type LegalRelation = 'amends' | 'replaces' | 'repeals';
export type ReviewConclusion = 'keep' | 'amend' | 'replace' | 'repeal' | 'expired';

export interface LegalDocument {
  id: string;
  numberSymbol: string;
  docType: 'resolution' | 'decision';
  title: string;
  issuer: string;
  signedOn: string;
  effectiveOn: string;
  expiresOn: string | null;
  status: LegalStatus;
  endedOn: string | null;
  file: { name: string; type: string; size: number } | null;
}

export interface DocRef {
  id: string;
  numberSymbol: string;
  title: string;
  status: LegalStatus;
}

export interface LegalDocumentDetail extends LegalDocument {
  acts: { relation: LegalRelation; effectiveOn: string; note: string | null; document: DocRef }[];
  actedOnBy: { relation: LegalRelation; effectiveOn: string; note: string | null; document: DocRef }[];
  history: { from: string | null; to: string; byDocument: DocRef | null; note: string | null; changedAt: string }[];
  reviews: { planId: string; conclusion: ReviewConclusion; note: string | null; reviewedAt: string }[];
  feedback: { id: string; trackingCode: string; title: string; status: string }[];
  canManage: boolean;
}

export interface ExpiredList {
  year: number;
  whole: (LegalDocument & { reason: string })[];
  partial: (LegalDocument & { reason: string })[];
}

export interface ReviewPlan {
  id: string;
  year: number;
  title: string;
  reference: string | null;
  dueOn: string | null;
  results: { document: DocRef; conclusion: ReviewConclusion; note: string | null; reviewedAt: string }[];
}

export const useLegalDocuments = () =>
  useQuery({ queryKey: ['legal', 'list'], queryFn: () => api<LegalDocument[]>('/legal-documents') });

export const useLegalDocument = (id: string) =>
  useQuery({ queryKey: ['legal', 'one', id], queryFn: () => api<LegalDocumentDetail>(`/legal-documents/${id}`) });

export const useExpiredList = (year: number) =>
  useQuery({
    queryKey: ['legal', 'expired', year],
    queryFn: () => api<ExpiredList>(`/legal-documents/expired/${year}`),
  });

export const useReviewPlans = () =>
  useQuery({ queryKey: ['legal', 'reviews'], queryFn: () => api<ReviewPlan[]>('/legal-reviews') });

/** A write on legal documents; every legal query is read again after it. */
export function useLegalWrite<T>(request: (input: T) => { path: string; method: string; body?: object }) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => {
      const { path, method, body } = request(input);
      return api<unknown>(path, { method, body });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['legal'] }),
  });
}

/** Uploads a document's signed file. */
export const uploadLegalFile = (id: string, file: File) =>
  api<void>(`/legal-documents/${id}/file`, { method: 'POST', body: formData({}, { file: [file] }) });
