import { FEEDBACK_CATEGORIES, FEEDBACK_STATUSES } from '@cchc/domain';
import { z } from 'zod';
import { supplementOut } from '../dossiers/index.js';

/** How a citizen is named for an export of their data: at least one of phone, identity number, e-mail. */
export const citizenKey = z
  .object({
    phone: z
      .string()
      .trim()
      .regex(/^[\d\s.+-]{8,20}$/, 'Số điện thoại không hợp lệ (invalid phone number)')
      .optional(),
    idNumber: z
      .string()
      .trim()
      .regex(/^\d{9,12}$/, 'Số định danh gồm 9–12 chữ số (ID number: 9–12 digits)')
      .optional(),
    email: z.email('Địa chỉ e-mail không hợp lệ (invalid e-mail)').optional(),
  })
  .refine((q) => q.phone !== undefined || q.idNumber !== undefined || q.email !== undefined, {
    message: 'Cần số điện thoại, số định danh hoặc e-mail (phone, idNumber or email required)',
    path: ['phone'],
  });

const contacts = {
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
};

/** A dossier of the citizen, its stored parts as kept (instants as ISO strings). */
const exportedDossier = z.object({
  id: z.uuid(),
  code: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  status: z.number().int(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  applicant: z.object({ ...contacts, name: z.string(), idNumber: z.string().nullable() }),
  components: z.array(
    z.object({ name: z.string(), form: z.string().optional(), copies: z.number().optional(), hasFile: z.boolean() }),
  ),
  history: z.array(z.object({ status: z.number().int(), at: z.string() })),
  supplements: z.array(supplementOut),
  payments: z.array(
    z.object({ place: z.enum(['portal', 'gateway', 'offline']), paidAt: z.string(), amount: z.number() }),
  ),
  rating: z
    .object({
      satisfied: z.boolean(),
      criteria: z.array(z.string()),
      comment: z.string().nullable(),
      at: z.string().nullable(),
    })
    .nullable(),
  apology: z
    .object({ issuedAt: z.string().nullable(), reason: z.string().nullable(), newDueAt: z.string().nullable() })
    .nullable(),
});

/** A feedback of the citizen, with the answer and the files they sent (names and sizes, not the files). */
const exportedFeedback = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  category: z.enum(FEEDBACK_CATEGORIES),
  title: z.string(),
  text: z.string(),
  status: z.enum(FEEDBACK_STATUSES),
  submittedAt: z.string(),
  submitter: z.object(contacts),
  infoSupplied: z.string().nullable(),
  answer: z.string().nullable(),
  attachments: z.array(
    z.object({ fileName: z.string(), contentType: z.string(), size: z.number().int(), at: z.string() }),
  ),
});

/** Everything the ward holds on one citizen (Decree 13, art. 14), as the export gives it out. */
export const citizenExportOut = z.object({
  exportedAt: z.string(),
  dossiers: z.array(exportedDossier),
  feedback: z.array(exportedFeedback),
});
