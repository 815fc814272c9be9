import { BLOCKS, ROLES, TENANT_KINDS } from '@cchc/domain';
import { z } from 'zod';
import { reasonSchema } from '../../http/error-body.js';
import { USERNAME_PATTERN } from '../org/index.js';

/** A ward's code in URLs and `--tenant`: letters, digits, dot, dash, underscore (e.g. `hai-duong`). */
export const TENANT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,59}$/;
/** The one-stop agency code on the national portal, as the dossier settings accept it. */
export const AGENCY_CODE_PATTERN = /^[A-Za-z0-9.]{2,40}$/;
/** The official administrative-unit code (mã ĐVHC): digits, five for a commune-level unit. */
export const ADMIN_UNIT_CODE_PATTERN = /^[0-9]{2,10}$/;

export const WARD_KINDS = ['ward', 'commune', 'special_zone'] as const;

const code = z.string().trim().regex(TENANT_CODE_PATTERN, 'Mã chỉ gồm chữ, số, dấu chấm, gạch ngang (2–60 ký tự).');
const name = z.string().trim().min(2).max(200);
const agencyCode = z.string().trim().regex(AGENCY_CODE_PATTERN, 'Mã đơn vị một cửa gồm 2–40 chữ, số hoặc dấu chấm.');
const adminUnitCode = z.string().trim().regex(ADMIN_UNIT_CODE_PATTERN, 'Mã đơn vị hành chính chỉ gồm chữ số.');

export const unitIn = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,30}$/),
  name: z.string().trim().min(2).max(200),
  shortName: z.string().trim().min(1).max(100).optional(),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
});
export type UnitIn = z.infer<typeof unitIn>;

export const accountIn = z.object({
  username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN, 'Tên đăng nhập gồm 3–60 chữ thường, số, . _ -'),
  fullName: z.string().trim().min(2).max(120),
  email: z.email().optional(),
  // Without a password one is generated and shown once in the answer.
  password: z.string().min(10).max(200).optional(),
  roles: z.array(z.enum(ROLES)).min(1).optional(),
  unitCode: z.string().trim().max(30).optional(),
});
export type AccountIn = z.infer<typeof accountIn>;

/** A spreadsheet sent as JSON: the file travels as base64, like plan files. */
export const sheetUpload = z.object({
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z.string(),
});

export const tenantCreate = z.object({
  code,
  name,
  shortName: z.string().trim().min(1).max(100).optional(),
  kind: z.enum(WARD_KINDS),
  // The block follows the kind (blockOf); given, it must agree with it.
  block: z.enum(BLOCKS).optional(),
  adminUnitCode: adminUnitCode.optional(),
  agencyCode: agencyCode.optional(),
  // `default` is the usual UBND structure (DEFAULT_UNITS); a list replaces it.
  units: z.union([z.literal('default'), z.array(unitIn).min(1).max(100)]).default('default'),
  // Or the units as an .xlsx list (code, name, short name, aliases); it wins over `units`.
  unitsFile: sheetUpload.optional(),
  // A ward whose office hours, report and feedback settings are copied.
  templateCode: code.optional(),
  firstAdmin: accountIn.optional(),
});
export type TenantCreate = z.infer<typeof tenantCreate>;

export const tenantPatch = z
  .object({
    name,
    shortName: z.string().trim().min(1).max(100),
    adminUnitCode: adminUnitCode.nullable(),
    agencyCode: agencyCode.nullable(),
    active: z.boolean(),
  })
  .partial();
export type TenantPatch = z.infer<typeof tenantPatch>;

export const mergerIn = z.object({
  formerName: z.string().trim().min(2).max(200),
  formerCode: z.string().trim().max(60).optional(),
  // The former unit when it is a tenant here: it is deactivated, its data kept.
  formerTenantCode: code.optional(),
  effectiveOn: z.iso.date().default('2025-07-01'),
});
export type MergerIn = z.infer<typeof mergerIn>;

export const tenantParams = z.object({ ref: z.string().trim().min(1).max(60) });

export const tenantOut = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(TENANT_KINDS),
  block: z.enum(BLOCKS).nullable(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  shortName: z.string(),
  adminUnitCode: z.string().nullable(),
  agencyCode: z.string().nullable(),
  active: z.boolean(),
});

export const createdAccountOut = z.object({
  username: z.string(),
  id: z.uuid(),
  // Only when the server generated it: shown once, never stored in clear.
  password: z.string().optional(),
});

export const createdTenantOut = tenantOut.extend({
  units: z.array(z.object({ code: z.string(), name: z.string() })),
  copiedSettingsFrom: z.string().nullable(),
  firstAdmin: createdAccountOut.nullable(),
});

export const mergerOut = z.object({
  id: z.uuid(),
  formerName: z.string(),
  formerCode: z.string().nullable(),
  formerTenantCode: z.string().nullable(),
  effectiveOn: z.string(),
});

export const rowReportOut = z.object({
  row: z.number().int(),
  code: z.string().nullable(),
  action: z.enum(['created', 'updated', 'unchanged', 'error']),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
  /** The reason of each field in `fields`, as in an error body. */
  fieldReasons: z.record(z.string(), reasonSchema).optional(),
  password: z.string().optional(),
});
export type RowReport = z.infer<typeof rowReportOut>;
export const importReportOut = z.object({
  rows: z.array(rowReportOut),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.number().int(),
});
