import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes } from '../../web/tools/api-types.js';
import { buildOpenApiSpec } from '../tools/openapi-spec.js';

describe("the web's API types", () => {
  it("are what openapi-typescript generates from the server's OpenAPI document (web src/api/generated.ts)", async () => {
    const fresh = await apiTypes(await buildOpenApiSpec());
    const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
    if (fresh !== committed) {
      const a = committed.split('\n');
      const b = new Set(fresh.split('\n'));
      const first = a.findIndex((line, i) => line !== fresh.split('\n')[i]);
      expect.fail(
        `packages/web/src/api/generated.ts differs from the route table's OpenAPI document (first at line ${first + 1}): ` +
          `run \`npm run api:types\` and commit the file.\n${a
            .filter((l) => !b.has(l))
            .slice(0, 10)
            .join('\n')}`,
      );
    }
  });
});

describe("the API's error shape in the OpenAPI document", () => {
  it('is one schema, with the reason beside the message, answered by every operation', async () => {
    const spec = await buildOpenApiSpec();
    const body = spec.components?.schemas?.ErrorBody as { properties: { error: { properties: object } } };
    expect(Object.keys(body.properties.error.properties)).toEqual(
      expect.arrayContaining(['code', 'message', 'fields', 'reason', 'requestId']),
    );
    const operations = Object.values(spec.paths).flatMap((item) =>
      (['get', 'put', 'post', 'delete', 'patch'] as const).flatMap((m) => (item?.[m] ? [item[m]] : [])),
    );
    expect(operations.length).toBeGreaterThan(100);
    for (const operation of operations) {
      expect(operation.responses.default).toMatchObject({
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
      });
    }
  });
});
