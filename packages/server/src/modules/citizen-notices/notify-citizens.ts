import type { AppDeps } from '../../http/deps.js';
import { dossierSideRepository, dossiersRepository } from '../dossiers/index.js';
import { channelsOf, tellCitizen } from './messenger.js';
import { dossierNotice, feedbackAnswerNotice, feedbackReceivedNotice } from './texts.js';

/** After a dossier action: tells the applicant by the channels they left, when the action is one they hear of. */
export async function tellApplicant(deps: AppDeps, tenantId: string, dossierId: string, action: string): Promise<void> {
  if (!['request_supplement', 'finish', 'apology'].includes(action)) return;
  const row = await dossiersRepository(deps.db).find(tenantId, dossierId);
  if (!row) return;
  const apology = action === 'apology' ? await dossierSideRepository(deps.db).apology(tenantId, dossierId) : undefined;
  const message = dossierNotice(
    action,
    { code: row.code, currentDueAt: row.current_due_at, newDueAt: apology?.new_due_at ?? null },
    deps.config.publicUrl,
  );
  if (!message) return;
  await tellCitizen(channelsOf(deps), { email: row.applicant_email, phone: row.applicant_phone }, message);
}

/** Feedback: the tracking code once received; the answer once approved. Only e-mail (and a text, if configured). */
export async function tellSubmitter(
  deps: AppDeps,
  feedback: {
    tracking_code: string;
    title: string;
    submitter_email: string | null;
    submitter_phone: string | null;
    answer_text?: string | null;
  },
  event: 'received' | 'answered',
): Promise<void> {
  const to = { email: feedback.submitter_email, phone: feedback.submitter_phone };
  const message =
    event === 'received'
      ? feedbackReceivedNotice(feedback.tracking_code, feedback.title)
      : feedbackAnswerNotice(feedback.tracking_code, feedback.answer_text ?? '');
  await tellCitizen(channelsOf(deps), to, message);
}
