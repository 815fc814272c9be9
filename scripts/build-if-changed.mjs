// Builds only what changed since the last build: the server (with the domain it references) through `tsc -b`,
// and the web through `vite build`. Each build's inputs are hashed (sources, configs, the lockfile) into a stamp
// kept inside its output folder; an output whose stamp matches is up to date and is not rebuilt. A fresh clone
// has no stamps, so it builds everything. A clean output folder (vite empties its own) loses its stamp with it.
// Usage: node scripts/build-if-changed.mjs [--force]   (logs on stderr)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const at = (...parts) => path.join(root, ...parts);
const STAMP = '.build-stamp';

/** What each output is built from; a change in any of these files rebuilds it. */
const TARGETS = [
  {
    name: 'server',
    out: at('packages/server/dist'),
    inputs: [
      'package-lock.json',
      'tsconfig.base.json',
      'packages/domain/package.json',
      'packages/domain/tsconfig.json',
      'packages/domain/src',
      'packages/server/package.json',
      'packages/server/tsconfig.json',
      'packages/server/src',
    ],
    // tsc -b is incremental itself (composite projects): only the changed project is compiled again.
    build: [process.execPath, [at('node_modules/typescript/bin/tsc'), '-b', 'packages/server']],
  },
  {
    name: 'web',
    out: at('packages/web/dist'),
    inputs: [
      'package-lock.json',
      'packages/domain/src', // the web imports the domain's built output
      'packages/web/package.json',
      'packages/web/index.html',
      'packages/web/vite.config.ts',
      'packages/web/tsconfig.json',
      'packages/web/public',
      'packages/web/src',
    ],
    build: [process.execPath, [at('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], 'packages/web'],
  },
];

/** Every file under the inputs, in a stable order, with its content: renames and edits both change the hash. */
export function inputsHash(inputs) {
  const hash = createHash('sha256');
  const visit = (rel) => {
    const full = at(rel);
    let stat;
    try {
      stat = fs.statSync(full);
    } catch {
      return; // an optional input (public/) that does not exist
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(full).sort()) visit(path.join(rel, entry));
      return;
    }
    hash.update(`${rel}\0`);
    hash.update(fs.readFileSync(full));
    hash.update('\0');
  };
  for (const input of inputs) visit(input);
  return hash.digest('hex');
}

const readStamp = (out) => {
  try {
    return fs.readFileSync(path.join(out, STAMP), 'utf8').trim();
  } catch {
    return null;
  }
};

/**
 * Builds each stale target in order (the web after the domain); returns the names of those built. `only` names
 * the targets wanted (default: all), e.g. `['web']` for the browser tests.
 */
export function buildIfChanged({ force = false, only = null } = {}) {
  const built = [];
  for (const target of TARGETS) {
    if (only && !only.includes(target.name)) continue;
    const hash = inputsHash(target.inputs);
    if (!force && readStamp(target.out) === hash) continue;
    process.stderr.write(`cchc: đang build ${target.name} (sources changed)\n`);
    const [cmd, args, cwd = '.'] = target.build;
    const r = spawnSync(cmd, args, { cwd: at(cwd), stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error(`build of ${target.name} failed (exit ${r.status ?? r.signal})`);
    fs.writeFileSync(path.join(target.out, STAMP), `${hash}\n`);
    built.push(target.name);
  }
  return built;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildIfChanged({ force: process.argv.includes('--force') });
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
