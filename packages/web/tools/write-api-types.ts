// Regenerates src/api/generated.ts from the server's route table (no database needed). Usage: npm run api:types
import fs from 'node:fs';
import path from 'node:path';
import { buildOpenApiSpec } from '../../server/tools/openapi-spec.js';
import { API_TYPES_FILE, apiTypes } from './api-types.js';

fs.writeFileSync(API_TYPES_FILE, await apiTypes(await buildOpenApiSpec()));
process.stderr.write(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}\n`);
