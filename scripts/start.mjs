// `npm start`: builds what changed (build-if-changed.mjs), then runs `cchc serve` in this same process, so a
// restart with nothing changed pays for one Node start and a few hashes, not for tsc, vite and a second Node.
import { buildIfChanged } from './build-if-changed.mjs';

const main = new URL('../packages/server/dist/cli/main.js', import.meta.url);
try {
  buildIfChanged();
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}
process.argv = [process.argv[0], main.pathname, 'serve', ...process.argv.slice(2)];
await import(main.href);
