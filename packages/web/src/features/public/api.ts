import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, formData } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

type Published = ApiResponse<'/api/v1/public/{tenantCode}/feedback/published'>;

/** What the public form needs to know of the ward and its limits (and its legal documents in force). */
export type PublicInfo = ApiResponse<'/api/v1/public/{tenantCode}/feedback/info'>;

/** A published answer as the public page shows it. */
export type PublishedFeedback = Published['items'][number];

/** What the holder of a tracking code learns. */
export type TrackedFeedback = ApiResponse<'/api/v1/public/{tenantCode}/feedback/track/{code}'>;

const base = (tenantCode: string) => `/public/${encodeURIComponent(tenantCode)}/feedback`;

export const usePublicInfo = (tenantCode: string) =>
  useQuery({
    queryKey: ['public-feedback', tenantCode, 'info'],
    queryFn: () => api<PublicInfo>(`${base(tenantCode)}/info`),
    // An unknown ward code is a final answer: say so at once rather than after retries.
    retry: false,
  });

/** Published answers: from the public API, or inside the app (`inApp`) for staff and observers. */
export const usePublished = (tenantCode: string, page: number, inApp = false) =>
  useQuery({
    queryKey: ['public-feedback', tenantCode, 'published', page, inApp],
    queryFn: () => api<Published>(`${inApp ? '/feedback' : base(tenantCode)}/published?page=${page}&pageSize=10`),
  });

/**
 * Sends the form as multipart (fields and files in one request), so the files never exist without their
 * feedback. Answers the tracking code, shown once.
 */
export const submitPublicFeedback = (
  tenantCode: string,
  fields: Record<string, string | undefined>,
  files: readonly File[],
  lang: string,
) =>
  api<ApiResponse<'/api/v1/public/{tenantCode}/feedback', 'post'>>(base(tenantCode), {
    method: 'POST',
    body: formData(fields, { attachments: files }),
    lang,
  });

export const trackFeedback = (tenantCode: string, code: string) =>
  api<TrackedFeedback>(`${base(tenantCode)}/track/${encodeURIComponent(code.trim())}`);

export const supplyInfo = (tenantCode: string, code: string, text: string) => {
  const body: ApiBody<'/api/v1/public/{tenantCode}/feedback/track/{code}/info', 'post'> = { text };
  return api<void>(`${base(tenantCode)}/track/${encodeURIComponent(code.trim())}/info`, { method: 'POST', body });
};

const VOTER_KEY = 'cchc.voter';

/** A random id this browser keeps, so a second click changes the first rating instead of adding one. */
function voterToken(): string {
  const known = localStorage.getItem(VOTER_KEY);
  if (known) return known;
  const fresh = crypto.randomUUID();
  localStorage.setItem(VOTER_KEY, fresh);
  return fresh;
}

type ReactionBody = ApiBody<'/api/v1/public/{tenantCode}/feedback/published/{id}/reaction', 'post'>;

export function useReact(tenantCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string } & Omit<ReactionBody, 'voterToken'>) =>
      api<ApiResponse<'/api/v1/public/{tenantCode}/feedback/published/{id}/reaction', 'post'>>(
        `${base(tenantCode)}/published/${input.id}/reaction`,
        {
          method: 'POST',
          body: { reaction: input.reaction, reason: input.reason, voterToken: voterToken() },
        },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['public-feedback', tenantCode, 'published'] }),
  });
}
