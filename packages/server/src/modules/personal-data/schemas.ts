import { z } from 'zod';

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
