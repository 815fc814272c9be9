// The boundaries of docs/ARCHITECTURE.md ("Boundaries"), checked by `npm run lint` (scripts/lint-boundaries.mjs).
// A rule here and its sentence there say the same thing; change both together.

const MODULES = '^packages/server/src/modules/([^/]+)/';
const TESTS = '(\\.test\\.ts$|/test-support/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'packages/domain holds pure rules: nothing of the server or the web.',
      severity: 'error',
      from: { path: '^packages/domain/src/', pathNot: TESTS },
      to: { path: ['^packages/(server|web)/', '^@cchc/(server|web)'] },
    },
    {
      name: 'domain-does-no-io',
      comment: 'packages/domain reads no file, network, process or clock: the caller passes the data and the time.',
      severity: 'error',
      from: { path: '^packages/domain/src/', pathNot: TESTS },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|path|url|net|http|https|http2|child_process|worker_threads|dgram|dns|os|cluster|process|readline|stream|tls|zlib|crypto|v8|vm|timers)$',
      },
    },
    {
      name: 'module-public-entry',
      comment: 'A server module uses another module only through its public entry, modules/<m>/index.ts.',
      severity: 'error',
      from: { path: MODULES, pathNot: TESTS },
      to: {
        path: '^packages/server/src/modules/[^/]+/',
        pathNot: ['^packages/server/src/modules/$1/', '^packages/server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'no-circular',
      comment: 'No import cycle, between modules or files: a cycle hides which part depends on which.',
      severity: 'error',
      from: { path: '^packages/(domain|server|web)/src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', 'node_modules'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['development', 'import', 'types', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
