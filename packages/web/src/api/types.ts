import type { paths } from './generated';

// The API's types, read from the OpenAPI document the server builds from its routes' zod schemas
// (src/api/generated.ts, `npm run api:types`): the web declares no response shape of its own.

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<Responses> = JsonOf<Responses[Extract<keyof Responses, 200 | 201>]>;

/** The JSON a successful call of `method path` answers (`path` as the OpenAPI document writes it). */
export type ApiResponse<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends {
  responses: infer Responses;
}
  ? Success<Responses>
  : never;

/** The JSON body `method path` takes. */
export type ApiBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
