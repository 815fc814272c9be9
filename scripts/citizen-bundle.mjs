// Sums the JavaScript a citizen's page loads (the entry, the page's chunk and every chunk they import statically),
// as sent compressed (brotli, gzip) and raw, from the built web's manifest. `npm run build` first.
// Usage: node scripts/citizen-bundle.mjs [--json]
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../packages/web/dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
// Each citizens' page is in the chunk named for it (packages/web/citizen-chunks.ts).
const PAGES = {
  '/tra-cuu': 'citizen-lookup',
  '/gop-y/:ward': 'citizen-feedback',
  '/cong-khai/:ward': 'citizen-results',
};
const keyNamed = (name) => Object.keys(manifest).find((key) => manifest[key].name === name);

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

const size = (file) =>
  fs.existsSync(file) ? fs.statSync(file).size : fs.statSync(file.replace(/\.(br|gz)$/, '')).size;
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const result = {};
for (const [route, page] of Object.entries(PAGES)) {
  const files = closure([entry, keyNamed(page)]).map((f) => path.join(dist, f));
  const sum = (ext) => files.reduce((total, f) => total + size(f + ext), 0);
  result[route] = { chunks: files.length, raw: sum(''), gzip: sum('.gz'), brotli: sum('.br') };
}
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
else
  for (const [route, r] of Object.entries(result))
    process.stdout.write(
      `${route}: ${r.chunks} chunks, ${(r.brotli / 1024).toFixed(1)} kB br, ${(r.gzip / 1024).toFixed(1)} kB gzip, ${(r.raw / 1024).toFixed(1)} kB raw\n`,
    );
