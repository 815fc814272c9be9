import type { FeedbackCategory, FeedbackStatus } from '@cchc/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, formData } from '../../api/client';

/** What the public form needs to know of the ward and its limits. */
export interface PublicInfo {
  tenant: { code: string; name: string };
  /** The ward's legal documents in force, for feedback about one of them. */
  documents: { id: string; numberSymbol: string; title: string }[];
  categories: FeedbackCategory[];
  limits: {
    titleMax: number;
    textMin: number;
    textMax: number;
    attachmentsMax: number;
    attachmentBytesMax: number;
    accept: string;
  };
}

/** A published answer as the public page shows it. */
export interface PublishedFeedback {
  id: string;
  category: FeedbackCategory;
  title: string;
  text: string;
  answer: string;
  unitName: string | null;
  submittedOn: string;
  publishedAt: string;
  likes: number;
  dislikes: number;
}

/** What the holder of a tracking code learns. */
export interface TrackedFeedback {
  trackingCode: string;
  status: FeedbackStatus;
  category: FeedbackCategory;
  title: string;
  submittedAt: string;
  unitName: string | null;
  infoRequest: string | null;
  closed: { reason: string | null; note: string | null; agency: string | null } | null;
  publishedId: string | null;
  answer: string | null;
}

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
    queryFn: () =>
      api<{ total: number; items: PublishedFeedback[] }>(
        `${inApp ? '/feedback' : base(tenantCode)}/published?page=${page}&pageSize=10`,
      ),
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
  api<{ trackingCode: string; complaintKinds: string[] }>(base(tenantCode), {
    method: 'POST',
    body: formData(fields, { attachments: files }),
    lang,
  });

export const trackFeedback = (tenantCode: string, code: string) =>
  api<TrackedFeedback>(`${base(tenantCode)}/track/${encodeURIComponent(code.trim())}`);

export const supplyInfo = (tenantCode: string, code: string, text: string) =>
  api<void>(`${base(tenantCode)}/track/${encodeURIComponent(code.trim())}/info`, { method: 'POST', body: { text } });

const VOTER_KEY = 'cchc.voter';

/** A random id this browser keeps, so a second click changes the first rating instead of adding one. */
function voterToken(): string {
  const known = localStorage.getItem(VOTER_KEY);
  if (known) return known;
  const fresh = crypto.randomUUID();
  localStorage.setItem(VOTER_KEY, fresh);
  return fresh;
}

export function useReact(tenantCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; reaction: 'like' | 'dislike'; reason?: string }) =>
      api<{ likes: number; dislikes: number }>(`${base(tenantCode)}/published/${input.id}/reaction`, {
        method: 'POST',
        body: { reaction: input.reaction, reason: input.reason, voterToken: voterToken() },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['public-feedback', tenantCode, 'published'] }),
  });
}
