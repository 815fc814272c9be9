import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, formData } from '../../api/client';
import type { ApiResponse } from '../../api/types';

export type { LegalStatus } from '@cchc/domain';

export type LegalDocument = ApiResponse<'/api/v1/legal-documents'>[number];

export type LegalDocumentDetail = ApiResponse<'/api/v1/legal-documents/{id}'>;

export type LegalRelation = LegalDocumentDetail['acts'][number]['relation'];

export type ReviewConclusion = LegalDocumentDetail['reviews'][number]['conclusion'];

export type ExpiredList = ApiResponse<'/api/v1/legal-documents/expired/{year}'>;

export type ReviewPlan = ApiResponse<'/api/v1/legal-reviews'>[number];

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

/** What the legal writes answer: a document registered, its status changed, a review plan; a review result none. */
type LegalWriteAnswer =
  | ApiResponse<'/api/v1/legal-documents', 'post'>
  | ApiResponse<'/api/v1/legal-documents/{id}/status', 'post'>
  | ApiResponse<'/api/v1/legal-reviews', 'post'>
  | undefined; // PUT /legal-reviews/{id}/results/{documentId} answers 204

/** A write on legal documents; every legal query is read again after it. */
export function useLegalWrite<T>(request: (input: T) => { path: string; method: string; body?: object }) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => {
      const { path, method, body } = request(input);
      return api<LegalWriteAnswer>(path, { method, body });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['legal'] }),
  });
}

/** Uploads a document's signed file. */
export const uploadLegalFile = (id: string, file: File) =>
  api<void>(`/legal-documents/${id}/file`, { method: 'POST', body: formData({}, { file: [file] }) });
