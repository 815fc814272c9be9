import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** Bytes below which an answer is sent uncompressed: compressing it gains less than it costs. */
export const COMPRESS_THRESHOLD = 1024;

/**
 * Security headers on every response (helmet) and compressed API answers (@fastify/compress). The helmet middleware
 * is built and run once: its headers do not depend on the request (no nonces), so each request gets the same set
 * (@fastify/helmet builds the middleware again, parsing the CSP, for every request).
 * Ant Design writes its styles at run time into <style> elements, so styles allow 'unsafe-inline'; scripts do not.
 * HSTS only over TLS: a ward's machine on plain HTTP must not pin browsers to an HTTPS it does not serve.
 */
export async function hardenWeb(app: FastifyInstance): Promise<void> {
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    frameguard: { action: 'sameorigin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  const headers = securityHeadersOf(securityHeaders);
  app.addHook('onRequest', (request, reply, done) => {
    void reply.headers(headers);
    if (request.protocol === 'https') {
      void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
    done();
  });
  // Dynamic answers (JSON) are compressed here; built assets are sent precompressed by @fastify/static.
  await app.register(compress, {
    global: true,
    threshold: COMPRESS_THRESHOLD,
    encodings: ['br', 'gzip'],
    // Brotli's default quality (11) costs too much CPU for answers built per request.
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}

/**
 * The headers a helmet middleware sets, read by running it once on a stand-in response: with our options (no nonce,
 * no function directive) they are the same for every request.
 */
function securityHeadersOf(middleware: ReturnType<typeof helmet>): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let finished = false;
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('the helmet middleware did not finish at once');
  return headers;
}
