import { ROLES } from '@cchc/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../src/db/migrate.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const userNamed = (username: string) =>
  t.db.selectFrom('users').select(['id', 'roles']).where('username', '=', username).executeTakeFirstOrThrow();

describe("a user's roles in the database (migration 0035)", () => {
  it('are any of the roles the domain knows, and nothing else', async () => {
    const { id } = await userNamed('haiduong.truongphong');
    await t.db
      .updateTable('users')
      .set({ roles: [...ROLES] })
      .where('id', '=', id)
      .execute();
    expect((await userNamed('haiduong.truongphong')).roles).toEqual([...ROLES]);
    await expect(
      sql`UPDATE users SET roles = ARRAY['officer', 'superuser'] WHERE id = ${id}`.execute(t.db),
    ).rejects.toMatchObject({ code: '23514', constraint: 'users_roles_known' });
  });

  it('lose a stray role written before the check, the known ones kept in order; the users API answers them', async () => {
    // The database as a hand edit could have left it before 0035: no check, and a role the app never had.
    await sql`ALTER TABLE users DROP CONSTRAINT users_roles_known`.execute(t.db);
    const { id } = await userNamed('haiduong.canbo');
    await sql`UPDATE users SET roles = ARRAY['unit_head', 'superuser', 'officer'] WHERE id = ${id}`.execute(t.db);
    const migration = readMigrations().find((m) => m.name.startsWith('0035-'));
    await sql.raw(migration?.sql ?? '').execute(t.db);
    expect((await userNamed('haiduong.canbo')).roles).toEqual(['unit_head', 'officer']);
    const users = await (await t.loginAs('haiduong.admin')).get('/api/v1/users');
    expect(users.status).toBe(200);
    expect(users.body.find((u: { id: string }) => u.id === id)).toMatchObject({ roles: ['unit_head', 'officer'] });
    // The check is back.
    await expect(sql`UPDATE users SET roles = ARRAY['superuser'] WHERE id = ${id}`.execute(t.db)).rejects.toMatchObject(
      {
        constraint: 'users_roles_known',
      },
    );
  });
});
