// A check of the tests `npm run lint` runs besides biome: an `expect(…).resolves` or `.rejects` assertion is a
// promise, and one not awaited (or returned) can pass after its test has ended, or never be checked at all. Biome's
// noFloatingPromises would catch it, but its type inference gives up on vitest's types; TypeScript's parser sees
// the pattern well enough without types.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['packages/domain/src', 'packages/server/test', 'packages/web/src'];

function testFiles(dir) {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(rel);
    return /\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** Whether an expression is a chain off `expect(…).resolves` or `expect(…).rejects` (`expect.soft` too). */
function isAsyncAssertion(node) {
  let e = node;
  while (ts.isCallExpression(e) || ts.isPropertyAccessExpression(e)) {
    if (ts.isPropertyAccessExpression(e) && ['resolves', 'rejects'].includes(e.name.text)) {
      const base = e.expression;
      if (ts.isCallExpression(base) && /^expect(\.soft)?$/.test(base.expression.getText())) return true;
    }
    e = e.expression;
  }
  return false;
}

const offenders = [];
for (const file of DIRS.flatMap(testFiles)) {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const visit = (node) => {
    // A statement that is the assertion itself: neither awaited, returned nor voided.
    if (ts.isExpressionStatement(node) && isAsyncAssertion(node.expression)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      offenders.push(`${file}:${line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
for (const where of offenders) {
  console.error(`  error awaited-assertions: ${where}: an expect(…).resolves/.rejects not awaited (add await)`);
}
if (offenders.length === 0) console.log('✔ every .resolves/.rejects assertion awaited');
process.exit(offenders.length === 0 ? 0 : 1);
