import type { OpenAPIV3 } from 'openapi-types';
import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../errors.js';

const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

export const reasonSchema = z.object({
  /** The rule's code (`move_not_allowed`, `too_small`…), or the error code when no finer rule refused. */
  code: z.string(),
  /** The values the sentence names (statuses, dates as ISO days, limits). */
  values: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** A sentence for people with its reason beside it, for code: what a warning of a successful answer says. */
export const reasonedMessageSchema = z.object({ message: z.string(), reason: reasonSchema });

/** The one error shape of the API, as every route answers a failure. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    /** The sentence in the caller's language (Accept-Language), for people. */
    message: z.string(),
    /** Field-level sentences keyed by the dotted path of the input field, for forms. */
    fields: z.record(z.string(), z.string()).optional(),
    /** The reason of each field in `fields`, under the same key, for callers that branch on it. */
    fieldReasons: z.record(z.string(), reasonSchema).optional(),
    /** Why: the refused rule's code and values, for callers that branch on it. Always present. */
    reason: reasonSchema,
    requestId: z.string(),
  }),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The OpenAPI 3.0 document the API serves. */
export type OpenApiDocument = Partial<OpenAPIV3.Document>;

const ERROR_REF = { $ref: '#/components/schemas/ErrorBody' };

/**
 * Adds the error shape to the OpenAPI document once, under `components.schemas.ErrorBody`, and names it as the
 * `default` response of every operation, so generated clients type `error.reason` without each route saying so.
 */
export function withErrorBody(document: OpenApiDocument): OpenApiDocument {
  const schema = z.toJSONSchema(errorBodySchema, { target: 'openapi-3.0' }) as OpenAPIV3.SchemaObject;
  delete (schema as { $schema?: string }).$schema;
  const paths = Object.fromEntries(
    Object.entries(document.paths ?? {}).map(([path, item]) => [path, withDefaultError(item ?? {})]),
  );
  const components = { ...document.components, schemas: { ...document.components?.schemas, ErrorBody: schema } };
  return { ...document, components, paths };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function withDefaultError(item: OpenAPIV3.PathItemObject): OpenAPIV3.PathItemObject {
  const out = { ...item };
  for (const method of METHODS) {
    const operation = item[method];
    if (!operation) continue;
    const error = { description: 'Error', content: { 'application/json': { schema: ERROR_REF } } };
    out[method] = { ...operation, responses: { ...operation.responses, default: error } };
  }
  return out;
}
