// `npm run bench`: runs every benchmark script (`packages/*/bench/*.bench.ts`) one after the other, each in its
// own process so that one's warm-up or garbage does not colour the next. Each prints its own ratios to a
// baseline measured in the same run. Extra arguments go to every script (e.g. `npm run bench -- --dossiers 1000000`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.env.BENCH ?? '';
const scripts = ['domain', 'server']
  .map((p) => path.join(root, 'packages', p, 'bench'))
  .filter((dir) => fs.existsSync(dir))
  .flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.bench.ts'))
      .map((f) => path.join(dir, f)),
  )
  .filter((f) => f.includes(only));

let failed = 0;
for (const script of scripts) {
  console.log(`\n== ${path.relative(root, script)}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
if (failed) process.exit(1);
