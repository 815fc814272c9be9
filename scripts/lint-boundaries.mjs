// The boundaries `npm run lint` enforces besides biome (docs/ARCHITECTURE.md, "Boundaries"):
// 1. imports, by dependency-cruiser (.dependency-cruiser.cjs): a pure domain, modules through their public entry,
//    no cycle;
// 2. SQL only in repositories: a Kysely query builder (`selectFrom`, `insertInto`, `updateTable`, `deleteFrom`,
//    `mergeInto`) or the `sql` tag in packages/server/src outside `repository.ts`, `*-repository.ts`,
//    `repositories/`, `src/db/` and tests fails. dependency-cruiser sees imports, not calls: hence this scan.
//    No file is exempt: the older files once allow-listed (scripts/sql-outside-repositories.txt) have all moved.
// 3. references in code point into the repo: a rule is cited with its file, `docs/DOMAIN.md §N` (the section
//    alone leaves the reader to guess the file), and never by an outside tracker's number, which a reader of the
//    tree cannot open: the comment says the reason itself. Scanned: .ts, .tsx and .mjs under packages/ and scripts/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_SRC = 'packages/server/src';
const QUERY =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto)\(|(?<![\w.\-/])sql(<[^>\n]*>)?`|(?<![\w.])sql\.(raw|ref|table|id|lit|join|val)\(/;
const ALLOWED = [
  /(^|\/)repository\.ts$/,
  /-repository\.ts$/,
  /\/repositories\//,
  /^packages\/server\/src\/db\//,
  /\.test\.ts$/,
];

/** The files below `dir` whose name matches `name`, outside node_modules and build output. */
function filesUnder(dir, name = /\.ts$/) {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return ['node_modules', 'dist'].includes(entry.name) ? [] : filesUnder(rel, name);
    return name.test(entry.name) ? [rel] : [];
  });
}

function sqlOutsideRepositories() {
  const offenders = filesUnder(SERVER_SRC).filter(
    (file) => !ALLOWED.some((re) => re.test(file)) && QUERY.test(fs.readFileSync(path.join(root, file), 'utf8')),
  );
  for (const file of offenders) {
    console.error(
      `  error sql-in-repositories: ${file}: SQL outside a repository (move the query into its repository)`,
    );
  }
  if (offenders.length === 0) console.log('✔ SQL only in repositories');
  return offenders.length === 0;
}

const CODE_ROOTS = ['packages', 'scripts'];
const REFERENCES = [
  { re: /(?<!docs\/)\bDOMAIN(\.md)? *§/, fix: 'cite the rule as docs/DOMAIN.md §N' },
  { re: /\bissues? *#?\d/i, fix: "an outside tracker's number: say the reason in plain words" },
];

function referencesInTheRepo() {
  const offenders = [];
  for (const file of CODE_ROOTS.flatMap((dir) => filesUnder(dir, /\.(ts|tsx|mjs)$/))) {
    const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const { re, fix } of REFERENCES)
        if (re.test(line)) offenders.push(`  error references: ${file}:${i + 1}: ${fix}`);
    });
  }
  for (const offender of offenders) console.error(offender);
  if (offenders.length === 0) console.log('✔ references cite docs/DOMAIN.md, no outside tracker');
  return offenders.length === 0;
}

const cruise = spawnSync(
  path.join(root, 'node_modules/.bin/depcruise'),
  [
    'packages/domain/src',
    'packages/server/src',
    'packages/web/src',
    '--config',
    '.dependency-cruiser.cjs',
    '--output-type',
    'err',
  ],
  { cwd: root, stdio: 'inherit' },
);
const sqlOk = sqlOutsideRepositories();
const referencesOk = referencesInTheRepo();
process.exit(cruise.status === 0 && sqlOk && referencesOk ? 0 : 1);
