// A check `npm run lint` runs besides biome: the web declares no API shape of its own. The type a call of `api<T>`
// (or of a helper that hands its own type parameter to `api`) answers must come from the generated OpenAPI types:
// `ApiResponse<…>`/`ApiBody<…>`, an alias of them (indexing, arrays, unions, Pick/Omit… allowed), `void` or
// `unknown`. A local interface, an inline `{ … }` or a type from elsewhere is a hand-copied contract that drifts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = 'packages/web/src';
const GENERATED = `${SRC}/api/generated.ts`;
const CONTRACT = new Set(['ApiResponse', 'ApiBody']);
/** Utility types whose first argument carries the shape. */
const WRAPPERS = new Set(['Omit', 'Pick', 'Partial', 'Required', 'NonNullable', 'Readonly', 'Awaited']);

/** A type as written, on one line and cut short. */
const oneLine = (node) => {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

function sourceFiles(dir) {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && rel !== GENERATED ? [rel] : [];
  });
}

/** A file's top-level interfaces, type aliases and imported names. */
function declarationsOf(file) {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const decls = new Map();
  for (const s of source.statements) {
    if (ts.isInterfaceDeclaration(s)) decls.set(s.name.text, { kind: 'interface' });
    if (ts.isTypeAliasDeclaration(s)) decls.set(s.name.text, { kind: 'alias', node: s.type });
    const bindings = ts.isImportDeclaration(s) ? s.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const e of bindings.elements) {
        const name = (e.propertyName ?? e.name).text;
        decls.set(e.name.text, { kind: 'import', from: s.moduleSpecifier.text, name });
      }
    }
  }
  return { source, decls };
}

const parsed = new Map();
const parse = (file) => {
  if (!parsed.has(file)) parsed.set(file, declarationsOf(file));
  return parsed.get(file);
};

function resolveModule(file, spec) {
  if (!spec.startsWith('.')) return null;
  const base = path.posix.join(path.posix.dirname(file), spec);
  return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => fs.existsSync(path.join(root, f))) ?? null;
}

/** Why a type is not from the contract, or null when it is. `params` are the type parameters in scope. */
function problemOf(node, file, params, seen = new Set()) {
  if ([ts.SyntaxKind.VoidKeyword, ts.SyntaxKind.UnknownKeyword, ts.SyntaxKind.UndefinedKeyword].includes(node.kind)) {
    return null;
  }
  if (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isParenthesizedTypeNode(node)) return problemOf(node.type, file, params, seen);
  if (ts.isArrayTypeNode(node)) return problemOf(node.elementType, file, params, seen);
  if (ts.isIndexedAccessTypeNode(node)) return problemOf(node.objectType, file, params, seen);
  if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) {
    for (const t of node.types) {
      const p = problemOf(t, file, params, seen);
      if (p) return p;
    }
    return null;
  }
  if (!ts.isTypeReferenceNode(node) || !ts.isIdentifier(node.typeName))
    return `\`${oneLine(node)}\` is written by hand`;
  const name = node.typeName.text;
  if (CONTRACT.has(name) || params.has(name)) return null;
  if (WRAPPERS.has(name) && node.typeArguments?.length) return problemOf(node.typeArguments[0], file, params, seen);
  return problemOfName(name, file, seen);
}

function problemOfName(name, file, seen) {
  const key = `${file}#${name}`;
  if (seen.has(key)) return null;
  seen.add(key);
  const decl = parse(file).decls.get(name);
  if (!decl) return `\`${name}\` is not declared in ${file}`;
  if (decl.kind === 'interface') return `\`${name}\` is an interface of ${file}`;
  if (decl.kind === 'alias') return problemOf(decl.node, file, new Set(), seen);
  const target = resolveModule(file, decl.from);
  if (!target) return `\`${name}\` comes from '${decl.from}', not from the API's generated types`;
  return problemOfName(decl.name, target, seen);
}

/** Type parameters of the functions around a node. */
function paramsAround(node) {
  const names = new Set();
  for (let n = node.parent; n; n = n.parent) {
    for (const p of n.typeParameters ?? []) names.add(p.name.text);
  }
  return names;
}

const calleeOf = (call) => (ts.isIdentifier(call.expression) ? call.expression.text : null);

/** Functions that hand one of their own type parameters to a checked call: their callers are checked too. */
function forwardersIn(files, checked) {
  const found = new Set();
  for (const file of files) {
    const visit = (node) => {
      if (ts.isCallExpression(node) && checked.has(calleeOf(node)) && node.typeArguments?.length) {
        const arg = node.typeArguments[0];
        const own = ts.isTypeReferenceNode(arg) && ts.isIdentifier(arg.typeName) ? arg.typeName.text : null;
        for (let n = node.parent; n && own; n = n.parent) {
          if (!n.typeParameters?.some((p) => p.name.text === own)) continue;
          const holder = ts.isVariableDeclaration(n.parent) ? n.parent.name : n.name;
          if (holder && ts.isIdentifier(holder)) found.add(holder.text);
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(file).source);
  }
  return found;
}

const files = sourceFiles(SRC);
const checked = new Set(['api']);
for (let grew = true; grew; ) {
  const before = checked.size;
  for (const name of forwardersIn(files, checked)) checked.add(name);
  grew = checked.size > before;
}

if (process.env.LINT_WEB_API_DEBUG) process.stderr.write(`checked calls: ${[...checked].join(', ')}\n`);
const offenders = [];
for (const file of files) {
  const { source } = parse(file);
  const visit = (node) => {
    if (ts.isCallExpression(node) && checked.has(calleeOf(node)) && node.typeArguments?.length) {
      const problem = problemOf(node.typeArguments[0], file, paramsAround(node));
      if (problem) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        offenders.push(`${file}:${line + 1}: ${calleeOf(node)}<${oneLine(node.typeArguments[0])}>: ${problem}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

if (offenders.length > 0) {
  process.stderr.write(
    `The web's API shapes must come from src/api/generated.ts (ApiResponse/ApiBody, npm run api:types):\n${offenders.join('\n')}\n`,
  );
  process.exit(1);
}
