import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../http/request-context.js';
import type { Lang } from '../../i18n/messages.js';
import { recordAudit } from '../audit/index.js';
import { tenantMessage, tenantsRepository } from '../tenants/index.js';
import { feedRepository } from './repository.js';

/** Keys look like `cchc_feed_<32 random base64url characters>`; only their sha256 is kept. */
const KEY_PREFIX = 'cchc_feed_';
export const hashKey = (key: string) => createHash('sha256').update(key).digest();

export interface FeedKeyView {
  id: string;
  name: string;
  prefix: string;
  wards: string[] | 'all';
  createdAt: string;
  revokedAt: string | null;
}

async function cityId(db: Db): Promise<string> {
  const city = await tenantsRepository(db).city();
  if (!city) throw new Error('no city tenant'); // a broken installation: a 500, the detail in the log only
  return city.id;
}

/** The ids of the wards named by code; an unknown code is a field error naming it. */
async function wardIds(db: Db, codes: string[], lang: Lang): Promise<string[]> {
  const rows = await feedRepository(db).wards();
  const unknown = codes.filter((c) => !rows.some((r) => r.code === c));
  if (unknown.length > 0)
    throw tenantMessage.error('validation_failed', 'no_such_tenant', lang, { code: unknown.join(', ') }, 'wards');
  return rows.filter((r) => codes.includes(r.code)).map((r) => r.id);
}

/**
 * Creates an API key for a data consumer (the IOC), limited to some wards or all. The key is returned once:
 * it cannot be read back, only revoked and replaced.
 */
export async function createFeedKey(db: Db, input: { name: string; wards: 'all' | string[] }, actor: Actor) {
  const tenantId = await cityId(db);
  const ids = input.wards === 'all' ? null : await wardIds(db, input.wards, actor.lang);
  const key = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await feedRepository(trx).insertKey({
      tenant_id: tenantId,
      id,
      name: input.name,
      key_hash: hashKey(key),
      key_prefix: key.slice(0, KEY_PREFIX.length + 8),
      ward_ids: ids,
      created_by: actor.userId,
      created_at: actor.now,
    });
    await recordAudit(trx, {
      tenantId,
      actorUserId: actor.userId,
      action: 'create',
      entity: 'feed_key',
      entityId: id,
      after: { name: input.name, wards: input.wards },
      at: actor.now,
    });
  });
  const view = (await listFeedKeys(db)).find((k) => k.id === id);
  if (!view) throw new AppError('internal');
  return { ...view, key };
}

export async function listFeedKeys(db: Db): Promise<FeedKeyView[]> {
  const tenantId = await cityId(db);
  const repo = feedRepository(db);
  const [keys, wards] = await Promise.all([repo.keys(tenantId), repo.tenantCodes()]);
  const codeOf = new Map(wards.map((w) => [w.id, w.code]));
  return keys.map((k) => ({
    id: k.id,
    name: k.name,
    prefix: k.key_prefix,
    wards: k.ward_ids === null ? 'all' : k.ward_ids.map((w) => codeOf.get(w) ?? w),
    createdAt: k.created_at.toISOString(),
    revokedAt: k.revoked_at?.toISOString() ?? null,
  }));
}

/** Revokes a key by id (or its printed prefix); calls with it answer 401 from now on. */
export async function revokeFeedKey(db: Db, ref: string, actor: Omit<Actor, 'lang'>) {
  const tenantId = await cityId(db);
  const isId = /^[0-9a-f-]{36}$/i.test(ref);
  const key = await feedRepository(db).findKey(tenantId, isId ? 'id' : 'key_prefix', ref);
  if (!key) throw new AppError('not_found');
  if (!key.revoked_at)
    await db.transaction().execute(async (trx) => {
      await feedRepository(trx).revokeKey(tenantId, key.id, actor.now);
      await recordAudit(trx, {
        tenantId,
        actorUserId: actor.userId,
        action: 'revoke',
        entity: 'feed_key',
        entityId: key.id,
        at: actor.now,
      });
    });
  const view = (await listFeedKeys(db)).find((k) => k.id === key.id);
  if (!view) throw new AppError('internal');
  return view;
}

/** The key behind a bearer token, when it exists and is not revoked. */
export async function findLiveKey(db: Db, token: string) {
  if (!token.startsWith(KEY_PREFIX)) return null;
  const key = await feedRepository(db).keyByHash(hashKey(token));
  return key && !key.revoked_at ? key : null;
}
