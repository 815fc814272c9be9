import path from 'node:path';

/** What rolldown's chunk-naming callback is given (its `ChunkingContext`), as far as this file reads it. */
interface ChunkingContext {
  getModuleInfo(id: string): { code: string | null; importedIds: readonly string[] } | null;
}

// antd and its icons are imported through barrels that import every component; through them every page would
// reach all of Ant Design. A page reaches only the components it names.
const BARRELS = {
  antd: (name) => `antd/es/${name.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase()}/index.js`,
  '@ant-design/icons': (name) => `@ant-design/icons/es/icons/${name}.js`,
} satisfies Record<string, (name: string) => string>;
const BARREL_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"](antd|@ant-design\/icons)['"]/g;
const isBarrel = (id: string) => /node_modules\/(antd\/es|@ant-design\/icons\/es(\/icons)?)\/index\.js$/.test(id);

/** What a module imports, with a barrel replaced by the components the module names from it. */
function importsOf(id: string, ctx: ChunkingContext): string[] {
  const info = ctx.getModuleInfo(id);
  if (!info) return [];
  const direct = info.importedIds.filter((next) => !isBarrel(next));
  const barrel = info.importedIds.find(isBarrel);
  if (!barrel) return direct;
  const nodeModules = barrel.slice(0, barrel.lastIndexOf('/node_modules/') + '/node_modules/'.length);
  for (const [, names = '', from] of (info.code ?? '').matchAll(BARREL_IMPORT)) {
    for (const item of names.split(',').map((x) => x.trim())) {
      const name = item.split(/\s+as\s+/)[0];
      if (name && !item.startsWith('type '))
        direct.push(nodeModules + BARRELS[from === 'antd' ? 'antd' : '@ant-design/icons'](name));
    }
  }
  return direct;
}

/**
 * The pages a citizen opens without logging in: their own app (citizen.html, src/citizen/main.tsx). Each is lazy;
 * a citizen's page downloads the entry, the code the citizens' pages share, and that page's own code.
 */
export const CITIZEN_PAGES = {
  lookup: 'src/features/public-lookup/PublicLookupPage.tsx',
  feedback: 'src/features/public/PublicFeedbackPage.tsx',
  results: 'src/features/indicators/PublicResultsPage.tsx',
  portal: 'src/features/portal/WardPortalPage.tsx',
  city: 'src/features/portal/CityPublicPage.tsx',
  print: 'src/features/portal/ScorecardPrintPage.tsx',
} as const;

/**
 * Chunk names for `output.codeSplitting.groups`: a module statically reachable from one citizens' page goes into
 * `citizen-<page>`, from several into `citizen-shared`; anything else is left to the default splitting (officers'
 * pages stay one chunk each and are never pulled in by a citizen's page). Without this, a citizen's page came as
 * 38 small chunks, each paying ~1 kB of response headers and compressing alone.
 */
const MAIN = ['lookup', 'feedback', 'results', 'portal', 'city'];

export function citizenChunkNames(root: string) {
  // What the citizens' entry (src/citizen/main.tsx) imports is needed by every page: counted as shared.
  const entry = path.resolve(root, 'src/citizen/main.tsx');
  const roots = [
    ['shell', entry] as const,
    ...Object.entries(CITIZEN_PAGES).map(([name, file]) => [name, path.resolve(root, file)] as const),
  ];
  let owners: Map<string, Set<string>> | null = null;
  const reach = (ctx: ChunkingContext) => {
    const found = new Map<string, Set<string>>();
    for (const [name, id] of roots) {
      const stack = [id];
      while (stack.length > 0) {
        const next = stack.pop() as string;
        const seen = found.get(next) ?? new Set<string>();
        if (seen.has(name)) continue;
        seen.add(name);
        found.set(next, seen);
        stack.push(...importsOf(next, ctx));
      }
    }
    return found;
  };
  return (id: string, ctx: ChunkingContext): string | null => {
    owners ??= reach(ctx);
    const pages = owners.get(id);
    // The entry and its style sheet stay in the citizens' entry chunk: in the shared chunk, the officers' app would
    // run the one and apply the other too.
    if (!pages || id === entry || id.endsWith('.css')) return null;
    // Everything the entry loads is loaded by every page anyway: one chunk.
    // So is what every citizens' page needs: one response (~1 kB of headers each) instead of several.
    if (pages.has('shell') || MAIN.filter((name) => pages.has(name)).length === MAIN.length) return 'citizen-shared';
    return `citizen-${roots.flatMap(([name]) => (pages.has(name) ? [name] : [])).join('_')}`;
  };
}
