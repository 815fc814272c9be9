// A check `npm run lint` runs besides biome: the web declares no API shape of its own. The type a call of `api<T>`
// (or of a helper that hands its own type parameter to `api`) answers must come from the generated OpenAPI types:
// `ApiResponse<…>`/`ApiBody<…>`, an alias of them (indexing, arrays, unions, Pick/Omit… allowed), `void` or
// `unknown`. A local interface, an inline `{ … }` or a type from elsewhere is a hand-copied contract that drifts.
// `api<unknown>` is for a route that declares no JSON answer: its path (a literal or template, `${…}` standing for
// one segment) and method (a literal, GET when absent) must name such routes of the document, else it hides a typed one.
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

/** Each route of the generated document, `METHOD path`, mapped to whether it answers JSON (a 200 or 201 body). */
function routesOfContract() {
  const source = ts.createSourceFile(
    GENERATED,
    fs.readFileSync(path.join(root, GENERATED), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const paths = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'paths');
  const member = (type, name) =>
    type && ts.isTypeLiteralNode(type)
      ? type.members.find((m) => m.name?.getText(source).replace(/"/g, '') === name)?.type
      : undefined;
  const routes = new Map();
  for (const route of paths?.members ?? []) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const responses = member(member(route.type, method), 'responses');
      const json = ['200', '201'].some((code) => {
        const body = member(member(member(responses, code), 'content'), 'application/json');
        return body !== undefined && !(ts.isLiteralTypeNode(body) && body.literal.kind === ts.SyntaxKind.NullKeyword);
      });
      if (responses) routes.set(`${method.toUpperCase()} ${route.name.text}`, json);
    }
  }
  return routes;
}

/** The path segments a call's first argument spells, query left out (null for a `${…}`), or null when not written out. */
function segmentsOf(arg) {
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text.split('?')[0].split('/');
  if (!ts.isTemplateExpression(arg)) return null;
  const marked = [arg.head.text, ...arg.templateSpans.map((s) => `\0${s.literal.text}`)].join('');
  return marked
    .split('?')[0]
    .split('/')
    .map((seg) => (seg.includes('\0') ? (seg === '\0' ? null : undefined) : seg));
}

/** Why an `api<unknown>` call hides a typed answer, or null when its routes declare none. */
function unknownProblem(call, routes) {
  const segments = call.arguments[0] ? segmentsOf(call.arguments[0]) : null;
  const init = call.arguments[1];
  const method =
    init && ts.isObjectLiteralExpression(init)
      ? init.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'method')?.initializer
      : undefined;
  const verb = method === undefined ? 'GET' : ts.isStringLiteralLike(method) ? method.text.toUpperCase() : null;
  if (!segments || segments.includes(undefined) || !verb)
    return 'its route cannot be read (write the path and method out)';
  const wanted = ['', 'api', 'v1', ...segments.slice(1)];
  const matches = [...routes].filter(([key]) => {
    const [m, p] = key.split(' ');
    const parts = p.split('/');
    return (
      m === verb &&
      parts.length === wanted.length &&
      parts.every((part, i) => wanted[i] === null || /^{.*}$/.test(part) || part === wanted[i])
    );
  });
  if (matches.length === 0)
    return `no route \`${verb} /api/v1${segments.map((s) => s ?? '{…}').join('/')}\` in the document`;
  // As the router does, a static segment wins over a parameter: only the most literal matches are the call's route.
  const params = ([key]) => (key.match(/{/g) ?? []).length;
  const fewest = Math.min(...matches.map(params));
  const typed = matches.filter((m) => params(m) === fewest).find(([, json]) => json);
  return typed ? `\`${typed[0]}\` declares its answer: use ApiResponse` : null;
}

const routes = routesOfContract();
if (process.env.LINT_WEB_API_DEBUG) process.stderr.write(`checked calls: ${[...checked].join(', ')}\n`);
const offenders = [];
for (const file of files) {
  const { source } = parse(file);
  const visit = (node) => {
    if (ts.isCallExpression(node) && checked.has(calleeOf(node)) && node.typeArguments?.length) {
      const arg = node.typeArguments[0];
      const problem =
        calleeOf(node) === 'api' && arg.kind === ts.SyntaxKind.UnknownKeyword
          ? unknownProblem(node, routes)
          : problemOf(arg, file, paramsAround(node));
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
