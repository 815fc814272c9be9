// The one-stop forms (Mẫu 01, 02, 04, 05) as official documents, built from plain dossier data.
export { type ApologyLetterInput, buildApologyLetter } from './apology-letter.js';
export { type Applicant, type DossierReference, type FormIssuer, formatTimeLimit, SIGN_HINT } from './common.js';
export {
  buildControlSlip,
  type ControlSlipInput,
  type DossierHandover,
  HANDOVER_RESULT_LABELS,
} from './control-slip.js';
export { buildReceiptSlip, type DossierComponent, type ReceiptSlipInput, type ResultDelivery } from './receipt-slip.js';
export { buildSupplementRequest, type SupplementRequestInput } from './supplement-request.js';
