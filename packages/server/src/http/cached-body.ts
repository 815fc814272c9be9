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
 * A JSON answer computed once and sent many times (the public pages' caches): encoded to UTF-8 once, and compressed
 * once per encoding a client asks for, instead of by @fastify/compress on every request.
 */
export interface CachedBody {
  json: Buffer;
  encoded(encoding: Encoding): Promise<Buffer>;
}

export function cachedBody(json: Buffer): CachedBody {
  const encodings = new Map<Encoding, Promise<Buffer>>();
  return {
    json,
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

/** Sends a cached JSON body, compressed as the client accepts; Fastify and @fastify/compress send it as is. */
export async function sendCachedBody(request: FastifyRequest, reply: FastifyReply, body: CachedBody) {
  void reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  const accepted = request.headers['accept-encoding'];
  const encoding =
    body.json.length < COMPRESS_THRESHOLD || !accepted ? null : negotiator.negotiate(accepted.toLowerCase());
  if (encoding === null || encoding === 'identity') return reply.send(body.json);
  const compressed = await body.encoded(encoding);
  return reply.header('content-encoding', encoding).send(compressed);
}
