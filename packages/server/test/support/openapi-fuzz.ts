// Requests generated from the OpenAPI document: for each operation, path, query and JSON body values drawn from
// its schemas, mixed with the hostile values that once answered 500 (NUL, lone surrogates, numbers past int4,
// dates past the tables' checks, empty lists and bodies, over-long path segments). Deterministic from a seed.

/** A JSON schema as @fastify/swagger prints it (only what the generator reads). */
export interface Schema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  schema?: Schema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
}

export interface FuzzRequest {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
}

/** mulberry32: a tiny seeded generator, so a failing run can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_STRINGS = [
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '',
  ' ',
  'x'.repeat(5000),
  "' OR 1=1 --",
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '9999-12-31',
  '0001-01-01',
  '2026-02-30',
  '275760-09-13T00:00:00Z',
  '00000000-0000-0000-0000-000000000000',
  '%00',
  '../../etc/passwd',
  '\u202e',
  '😀',
];
const HOSTILE_NUMBERS = [2 ** 31, -(2 ** 31) - 1, 2 ** 53, -1, 0, 1.5, 1e308, -1e308, 99999999999];
const HOSTILE_ANY: unknown[] = [null, true, [], {}, [''], [null], 'null', { a: { b: { c: [] } } }];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class Generator {
  /** Ids seen in answers: path parameters mostly use them, so the fuzz reaches past "not found". */
  private readonly known: string[] = [];
  /** 1 in chaos mode; 0 while building a plausible request that gets one hostile field afterwards. */
  private hostility = 1;
  constructor(private readonly random: () => number) {}

  private hostile(p: number): boolean {
    return this.chance(p * this.hostility);
  }

  /** Remembers the uuids of an answer (at most a few hundred, first seen first kept). */
  learn(body: unknown, depth = 0): void {
    if (this.known.length >= 500 || depth > 6) return;
    if (typeof body === 'string') {
      if (UUID.test(body) && !this.known.includes(body)) this.known.push(body);
    } else if (body && typeof body === 'object') {
      for (const v of Object.values(body)) this.learn(v, depth + 1);
    }
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  /** A value for a schema: mostly plausible, sometimes hostile, sometimes of the wrong type. */
  value(schema: Schema | undefined, depth = 0): unknown {
    if (this.hostile(0.08)) return this.pick(HOSTILE_ANY);
    if (!schema) return this.pick(HOSTILE_STRINGS);
    const variants = schema.anyOf ?? schema.oneOf;
    if (variants?.length) return this.value(this.pick(variants), depth);
    if (schema.allOf?.length) return this.value(schema.allOf[0], depth);
    if (schema.const !== undefined) return schema.const;
    if (schema.enum?.length) return !this.hostile(0.15) ? this.pick(schema.enum) : this.pick(HOSTILE_STRINGS);
    const type = Array.isArray(schema.type) ? this.pick(schema.type) : schema.type;
    if (type === 'object' || schema.properties) return depth > 4 ? {} : this.object(schema, depth);
    if (type === 'array') return depth > 4 ? [] : this.array(schema, depth);
    if (type === 'integer' || type === 'number') return this.number(schema);
    if (type === 'boolean') return !this.hostile(0.1) ? this.chance(0.5) : 'true';
    if (type === 'null') return null;
    return this.string(schema);
  }

  private object(schema: Schema, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const required = new Set(schema.required ?? []);
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (required.has(key) ? this.chance(0.95) : this.chance(0.6)) out[key] = this.value(child, depth + 1);
    }
    if (this.hostile(0.05)) out['\u0000key'] = 1;
    return out;
  }

  private array(schema: Schema, depth: number): unknown[] {
    if (this.hostile(0.25)) return [];
    const length = 1 + Math.floor(this.random() * 3);
    return Array.from({ length }, () => this.value(schema.items, depth + 1));
  }

  private number(schema: Schema): number {
    if (this.hostile(0.4)) return this.pick(HOSTILE_NUMBERS);
    const min = schema.minimum ?? 0;
    const max = Math.min(schema.maximum ?? 1000, min + 1000);
    const n = min + this.random() * (max - min);
    return schema.type === 'integer' ? Math.round(n) : n;
  }

  private string(schema: Schema): string {
    if (this.hostile(0.45)) return this.pick(HOSTILE_STRINGS);
    switch (schema.format) {
      case 'uuid':
        if (this.known.length > 0 && this.chance(0.7)) return this.pick(this.known);
        return !this.hostile(0.2) ? crypto.randomUUID() : 'not-a-uuid';
      case 'date':
        return this.pick(['2026-03-02', '1900-01-01', '2999-12-31', '2026-13-01']);
      case 'date-time':
        return this.pick(['2026-03-02T09:00:00Z', '1900-01-01T00:00:00Z', '9999-12-31T23:59:59Z']);
      case 'email':
        return this.pick(['a@b.vn', 'x\u0000@b.vn']);
      case 'uri':
        return this.pick(['https://example.vn/a', 'javascript:alert(1)', 'ftp://x']);
      default:
        return this.pick(['Phường', 'abc', '1', 'HD-2026', 'true', 'Nguyễn Văn A']);
    }
  }

  /**
   * One request for an operation: half the time chaos in every field, half the time a plausible request with one
   * hostile field, which is what reaches the use cases and the SQL behind the schemas.
   */
  request(op: Operation): FuzzRequest {
    if (this.chance(0.5)) return this.chaos(op);
    this.hostility = 0;
    try {
      const plain = this.chaos(op);
      if (plain.body === undefined || !plain.body.startsWith('{')) return plain;
      const body = JSON.parse(plain.body) as Record<string, unknown>;
      const keys = Object.keys(body);
      if (keys.length > 0) {
        const key = this.pick(keys);
        this.hostility = 1;
        body[key] = this.pick([...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, ...HOSTILE_ANY]);
      }
      return { ...plain, body: JSON.stringify(body) };
    } finally {
      this.hostility = 1;
    }
  }

  private chaos(op: Operation): FuzzRequest {
    let url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
      return encode(this.pathValue(param?.schema));
    });
    const query: string[] = [];
    for (const p of op.parameters.filter((q) => q.in === 'query')) {
      if (this.chance(0.5)) query.push(`${p.name}=${encode(String(this.value(p.schema)))}`);
    }
    if (query.length > 0) url += `?${query.join('&')}`;
    if (!op.body || ['GET', 'HEAD', 'DELETE'].includes(op.method)) return { method: op.method, url };
    const roll = this.hostility ? this.random() : 1;
    if (roll < 0.04) return { method: op.method, url, body: '', contentType: 'application/json' };
    if (roll < 0.07) return { method: op.method, url, body: '{"a":', contentType: 'application/json' };
    if (roll < 0.09) return { method: op.method, url, body: 'x', contentType: 'multipart/form-data' };
    if (roll < 0.15) return { method: op.method, url, body: '{}', contentType: 'application/json' };
    return { method: op.method, url, body: JSON.stringify(this.value(op.body)), contentType: 'application/json' };
  }

  private pathValue(schema: Schema | undefined): string {
    if (this.hostile(0.1)) return 'x'.repeat(this.pick([150, 250, 2000]));
    if (this.known.length > 0 && this.chance(0.7)) return this.pick(this.known);
    const v = this.value(schema);
    return typeof v === 'string' && v !== '' ? v : String(v ?? 'x') || 'x';
  }
}

/** Percent-encoding that also sends a lone surrogate, as the CESU-8 bytes a careless client would. */
function encode(text: string): string {
  return [...text]
    .map((c) =>
      /\p{Cs}/u.test(c) ? `%ED%${(0xa0 | ((c.charCodeAt(0) >> 6) & 0x1f)).toString(16)}%80` : encodeURIComponent(c),
    )
    .join('');
}

/** The operations of an OpenAPI document, with their JSON body schema when they take one. */
export function operationsOf(doc: {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>;
}): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content;
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: content?.['application/json']?.schema ?? (content ? {} : undefined),
      });
    }
  }
  return ops;
}
