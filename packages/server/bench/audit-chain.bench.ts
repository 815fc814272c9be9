// The cost of the audit hash chain (migration 0011): appending events with the chain's trigger (a per-tenant
// advisory lock, the head read and written, one sha256) against the same inserts with the trigger off, in one
// run; then 8 writers at once into one ward (they take turns) and into 8 wards (they do not wait for each other).
// Run: node --import tsx packages/server/bench/audit-chain.bench.ts [--events 2000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { connect, type Db } from '../src/db/database.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { migrate } from '../src/db/migrate.js';
import { createLogger } from '../src/logger.js';
import { recordAudit } from '../src/modules/audit/repository.js';

const log = createLogger({ logLevel: 'warn', logFormat: 'json' });
const at = process.argv.indexOf('--events');
const EVENTS = at === -1 ? 2000 : Number(process.argv[at + 1]);

async function wards(db: Db, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
  for (const [i, id] of ids.entries()) {
    await db
      .insertInto('tenants')
      .values({ id, code: `bench-${i}`, kind: 'ward', name: `Bench ${i}`, short_name: `B${i}`, created_at: new Date() })
      .execute();
  }
  return ids;
}

/** `writers` parallel loops, each appending its share of EVENTS to its tenant, one transaction per event. */
async function append(db: Db, tenants: readonly string[], writers: number): Promise<number> {
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const tenantId = tenants[w % tenants.length] ?? '';
      for (let i = 0; i < EVENTS / writers; i++) {
        await db.transaction().execute((trx) =>
          recordAudit(trx, {
            tenantId,
            actorUserId: null,
            action: 'bench',
            entity: 'x',
            entityId: String(i),
            after: { i },
            at: new Date(),
          }),
        );
      }
    }),
  );
  return (performance.now() - begin) / EVENTS;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres(dataDir, log);
  const handle = connect(
    Object.assign(new URL(server.url), { pathname: '/postgres' }).toString(),
    false,
    async () => {},
  );
  try {
    await migrate(handle.pool);
    const ids = await wards(handle.db, 8);
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_chain`.execute(handle.db);
    const plain = await append(handle.db, ids.slice(0, 1), 1);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_chain`.execute(handle.db);
    const chained = await append(handle.db, ids.slice(1, 2), 1);
    const oneWard = await append(handle.db, ids.slice(2, 3), 8);
    const eightWards = await append(handle.db, ids, 8);
    console.log(`${EVENTS} audit events, one transaction each:`);
    console.log(`  without the chain: ${(plain * 1000).toFixed(0)} µs per event (baseline)`);
    console.log(
      `  with the chain: ${(chained * 1000).toFixed(0)} µs per event, ${(chained / plain).toFixed(2)}× the baseline`,
    );
    console.log(`  8 writers, one ward: ${(oneWard * 1000).toFixed(0)} µs per event`);
    console.log(`  8 writers, 8 wards: ${(eightWards * 1000).toFixed(0)} µs per event`);
    const ratio = (value: number) => Number((value / plain).toFixed(2));
    const figures = { 'audit chain': ratio(chained), 'audit chain, 8 writers one ward': ratio(oneWard) };
    console.log(JSON.stringify({ bench: { ...figures, 'audit chain, 8 writers 8 wards': ratio(eightWards) } }));
  } finally {
    await handle.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
