import type { OpenAPIV3 } from 'openapi-types';
import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../errors.js';

const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

/** The one error shape of the API, as every route answers a failure. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    /** The sentence in the caller's language (Accept-Language), for people. */
    message: z.string(),
    /** Field-level problems keyed by the dotted path of the input field. */
    fields: z.record(z.string(), z.string()).optional(),
    /** The refused rule's code and the values its sentence names, for callers that branch on it. */
    reason: z.object({ code: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])) }).optional(),
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
