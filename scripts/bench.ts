// `npm run bench`: runs every benchmark script (`packages/*/bench/*.bench.ts`) one after the other, each in its
// own process so that one's warm-up or garbage does not colour the next. Each prints its own ratios to a
// baseline measured in the same run, and a line `{"bench": {...}}` of them; this run ends with one such line
// merging them all, so runs can be compared. Extra arguments go to every script (e.g. `npm run bench --
// --dossiers 1000000`; the public-pages bench also takes --seconds, --connections, --before-root).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

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

/** Runs a script, echoing its output; resolves with its exit code and the figures of its `{"bench": …}` lines. */
function run(script: string): Promise<[number | null, Record<string, number>]> {
  const figures: Record<string, number> = {};
  const name = path.basename(script, '.bench.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(2)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith('{"bench":')) return console.log(line);
    const printed = (JSON.parse(line) as { bench: Record<string, number> }).bench;
    for (const [key, value] of Object.entries(printed)) figures[`${name}: ${key}`] = value;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve([code, figures])));
}

let failed = 0;
const all: Record<string, number> = {};
for (const script of scripts) {
  console.log(`\n== ${path.relative(root, script)}`);
  const [code, figures] = await run(script);
  if (code !== 0) failed++;
  Object.assign(all, figures);
}
console.log(JSON.stringify({ bench: all }));
if (failed) process.exit(1);
