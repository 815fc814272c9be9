import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GenerateOptions, generate, PostgresDialect } from 'kysely-codegen';
import type { Db } from '../src/db/database.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_FILE = path.join(root, 'src/db/generated.ts');

interface CodegenConfig {
  dialect: 'postgres';
  excludePattern: string;
  typeMapping: Record<string, string>;
  customImports: Record<string, string>;
  overrides: { columns: Record<string, string> };
}

/** The TypeScript for the migrated schema in `db`, with the narrow column types of `.kysely-codegenrc.json`. */
export async function generateDbTypes(db: Db): Promise<string> {
  const { dialect: _postgres, ...config }: CodegenConfig = JSON.parse(
    fs.readFileSync(path.join(root, '.kysely-codegenrc.json'), 'utf8'),
  );
  // kysely-codegen is CommonJS and sees kysely's CommonJS declarations: the same class, declared twice.
  return generate({
    db: db as unknown as GenerateOptions['db'],
    dialect: new PostgresDialect(),
    outFile: null,
    ...config,
  });
}
