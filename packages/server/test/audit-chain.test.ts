import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChains, verifyTenantChain } from '../src/modules/audit/verify.js';
import { cliEnv, cliTestTimeout, runCli } from './support/cli-process.js';
import { createWard } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Four accounts per ward: four audit events, seq 1–4, in each ward's own chain.
const ROLES = ['ward_admin', 'chairman', 'officer', 'observer'] as const;
let t: TestApp;
const wards: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  for (const code of ['chain-ok', 'chain-edit', 'chain-delete', 'chain-reorder', 'chain-tail']) {
    wards[code] = (await createWard(t.db, code, [...ROLES])).tenantId;
  }
});
afterAll(() => t?.close());

/** Tampering as an insider with the database would: the append-only trigger switched off for one statement. */
async function tamper(statement: ReturnType<typeof sql>) {
  await sql`ALTER TABLE audit_events DISABLE TRIGGER USER`.execute(t.db);
  try {
    await statement.execute(t.db);
  } finally {
    await sql`ALTER TABLE audit_events ENABLE TRIGGER USER`.execute(t.db);
  }
}
const chainOf = async (code: string) => verifyTenantChain(t.db, { id: wards[code] ?? '', code });

describe('the audit chain', () => {
  it('numbers each ward’s events 1, 2, 3… and links each to the one before', async () => {
    const rows = await t.db
      .selectFrom('audit_events')
      .select(['seq', 'prev_hash', 'hash'])
      .where('tenant_id', '=', wards['chain-ok'] ?? '')
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4]);
    expect(rows[0]?.prev_hash).toBeNull();
    expect(rows[1]?.prev_hash?.equals(rows[0]?.hash as Buffer)).toBe(true);
    expect(await chainOf('chain-ok')).toMatchObject({ ok: true, events: 4, headSeq: 4, problems: [] });
  });

  it('reports an edited event', async () => {
    const id = wards['chain-edit'] ?? '';
    await tamper(
      sql`UPDATE audit_events SET after = after || '{"roles":["city_admin"]}' WHERE tenant_id = ${id} AND seq = 3`,
    );
    const report = await chainOf('chain-edit');
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ kind: 'edited', seq: 3, id: expect.any(String) }]);
  });

  it('reports a deleted event, in the middle or at the end', async () => {
    const mid = wards['chain-delete'] ?? '';
    await tamper(sql`DELETE FROM audit_events WHERE tenant_id = ${mid} AND seq = 2`);
    expect((await chainOf('chain-delete')).problems).toEqual([{ kind: 'deleted', seq: 2, id: null }]);
    const tail = wards['chain-tail'] ?? '';
    await tamper(sql`DELETE FROM audit_events WHERE tenant_id = ${tail} AND seq = 4`);
    expect((await chainOf('chain-tail')).problems).toEqual([{ kind: 'deleted', seq: 4, id: null }]);
  });

  it('reports reordered events', async () => {
    const id = wards['chain-reorder'] ?? '';
    await tamper(sql`UPDATE audit_events SET seq = -2 WHERE tenant_id = ${id} AND seq = 2`);
    await tamper(sql`UPDATE audit_events SET seq = 2 WHERE tenant_id = ${id} AND seq = 3`);
    await tamper(sql`UPDATE audit_events SET seq = 3 WHERE tenant_id = ${id} AND seq = -2`);
    const report = await chainOf('chain-reorder');
    expect(report.problems.map((p) => [p.kind, p.seq])).toEqual([
      ['reordered', 2],
      ['reordered', 3],
      ['reordered', 4],
    ]);
  });

  it('answers `cchc audit verify` with exit 1 and JSON naming the broken wards, exit 0 for a sound one', {
    timeout: cliTestTimeout(3),
  }, async () => {
    // Its own broken ward: which of the wards above are tampered with yet depends on the order tests run in.
    const cliBroken = (await createWard(t.db, 'chain-cli-broken', [...ROLES])).tenantId;
    await tamper(sql`DELETE FROM audit_events WHERE tenant_id = ${cliBroken} AND seq = 2`);
    const env = cliEnv(t.dataDir, { DATABASE_URL: t.databaseUrl });
    const all = runCli(['audit', 'verify', '--json'], env);
    expect(all.status).toBe(1);
    const parsed = JSON.parse(all.stdout);
    expect(parsed.ok).toBe(false);
    const broken = parsed.tenants.filter((r: { ok: boolean }) => !r.ok).map((r: { tenant: string }) => r.tenant);
    expect(broken).toContain('chain-cli-broken');
    expect(broken).not.toContain('chain-ok');
    expect(broken.every((code: string) => code.startsWith('chain-'))).toBe(true);
    const sound = runCli(['audit', 'verify', '--tenant', 'chain-ok'], env);
    expect(sound.status).toBe(0);
    expect(sound.stdout).toBe('chain-ok: 4 sự kiện, chuỗi nguyên vẹn\n');
    expect(runCli(['audit', 'verify', '--tenant', 'khong-co'], env).status).toBe(2);
    expect((await verifyAuditChains(t.db, 'hai-duong'))?.[0]?.ok).toBe(true);
  });
});
