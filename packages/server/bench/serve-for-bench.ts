// A server for the public-pages bench, in its own process so the load generator does not share its event loop.
// `app`: cchc's real app on DATABASE_URL at the clock CCHC_NOW, without the web bundle or jobs. `bare`: one Fastify
// route answering a small JSON object, the yardstick. Prints `listening <port>` once ready.
// Run: node --import tsx packages/server/bench/serve-for-bench.ts app|bare
import Fastify from 'fastify';
import { createClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { connect } from '../src/db/database.js';
import { buildApp } from '../src/http/app.js';
import { createLogger } from '../src/logger.js';

async function start(mode: string) {
  if (mode === 'bare') {
    const bare = Fastify();
    bare.get('/', async () => ({ hello: 'world' }));
    return bare;
  }
  const config = loadConfig({ LOG_LEVEL: 'info', ...process.env, NODE_ENV: 'production', TRUST_PROXY: 'loopback' });
  const log = createLogger(config);
  const handle = connect(config.databaseUrl ?? '', false, async () => {});
  const clock = createClock(new Date(process.env.CCHC_NOW ?? Date.now()));
  return buildApp({ config, db: handle.db, pool: handle.pool, clock, log }, { serveWeb: false });
}

const app = await start(process.argv[2] ?? 'app');
await app.listen({ port: Number(process.env.BARE_PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
