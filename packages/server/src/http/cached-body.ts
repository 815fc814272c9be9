import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { COMPRESS_THRESHOLD } from './web-hardening.js';

type Encoding = 'br' | 'gzip';
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const ENCODE: Record<Encoding, (json: Buffer) => Promise<Buffer>> = {
  // Once per body, not per request: a stronger setting than @fastify/compress uses for answers built per request.
  br: (json) => brotli(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }),
  gzip: (json) => gzip(json, { level: 9 }),
};
const negotiator = new Negotiator<Encoding | 'identity'>({ supportedValues: ['br', 'gzip', 'identity'] });

/**
 * A JSON answer computed once and sent many times (the public pages' caches): encoded to UTF-8 once, compressed
 * once per encoding a client asks for, and named by an ETag, instead of by @fastify/compress on every request.
 */
export interface CachedBody {
  json: Buffer;
  /**
   * A weak validator of the JSON (its SHA-256): the same for every encoding, which all decode to the same JSON
   * (RFC 9110 §8.8.1), so a client's `If-None-Match` is answered 304 whichever it was sent. Hashed when first read.
   */
  readonly etag: string;
  encoded(encoding: Encoding): Promise<Buffer>;
}

export function cachedBody(json: Buffer): CachedBody {
  const encodings = new Map<Encoding, Promise<Buffer>>();
  let etag: string | undefined;
  return {
    json,
    get etag() {
      etag ??= `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
      return etag;
    },
    encoded(encoding) {
      let compressed = encodings.get(encoding);
      if (!compressed) {
        compressed = ENCODE[encoding](json);
        encodings.set(encoding, compressed);
      }
      return compressed;
    },
  };
}

/** Whether an `If-None-Match` list names `etag`, compared weakly (RFC 9110 §13.1.2), or is `*`. */
export function noneMatchHas(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.slice(2); // without W/
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || (candidate.startsWith('W/') ? candidate.slice(2) : candidate) === opaque;
  });
}

/**
 * Sends a cached JSON body, compressed as the client accepts (Fastify and @fastify/compress send it as is), with
 * its ETag; 304 without a body to a client that holds it already. For a GET; see sendCachedJson for a POST's answer.
 */
export async function sendCachedBody(request: FastifyRequest, reply: FastifyReply, body: CachedBody) {
  void reply.header('etag', body.etag);
  if (noneMatchHas(request.headers['if-none-match'], body.etag)) return reply.code(304).header('vary', VARY).send();
  return sendCachedJson(request, reply, body);
}

const VARY = 'accept-encoding';

/** Sends a cached JSON body as is or in the encoding the client accepts (no validator: a POST's answer). */
export async function sendCachedJson(request: FastifyRequest, reply: FastifyReply, body: CachedBody) {
  void reply.type('application/json; charset=utf-8').header('vary', VARY);
  const accepted = request.headers['accept-encoding'];
  const encoding =
    body.json.length < COMPRESS_THRESHOLD || !accepted ? null : negotiator.negotiate(accepted.toLowerCase());
  if (encoding === null || encoding === 'identity') return reply.send(body.json);
  const compressed = await body.encoded(encoding);
  return reply.header('content-encoding', encoding).send(compressed);
}

/** Route options of a route that sends cached bodies: @fastify/compress has nothing to do there. */
export const SENDS_CACHED_BODY = { compress: false } as const;
