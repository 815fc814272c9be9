import type { FeedbackCategory, FeedbackRejectReason } from '@cchc/domain';

// The web bundle imports only types from @cchc/domain (its built copy may lag behind the sources); these records
// list each enum once, and the compiler fails when the domain adds a member they lack.
const CATEGORY_SET: Record<FeedbackCategory, true> = { regulation: true, procedure: true, dossier: true, staff: true };
const REJECT_REASON_SET: Record<FeedbackRejectReason, true> = {
  out_of_scope: true,
  complaint: true,
  duplicate: true,
  abusive: true,
  insufficient_info: true,
  other: true,
};

/** The feedback categories, in the order of the forms. */
export const CATEGORIES = Object.keys(CATEGORY_SET) as FeedbackCategory[];
/** Why a feedback is not accepted. */
export const REJECT_REASONS = Object.keys(REJECT_REASON_SET) as FeedbackRejectReason[];
