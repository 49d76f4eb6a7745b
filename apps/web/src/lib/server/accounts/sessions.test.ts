import { afterAll, beforeAll, expect, test } from 'vitest';
import { openTestDatabase } from '../testing/test-db.ts';
import { makeOrganisation, makeUser } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { createSession, deleteSession, sessionActor } from './sessions.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

test('one query gives the session’s user and their roles in the request’s organisation only', async () => {
  const { db } = database;
  const cluj = await makeOrganisation(db);
  const other = await makeOrganisation(db);
  const user = await makeUser(db, cluj, ['employee', 'moderator']);
  const now = new Date();
  const { token } = await createSession(db, user.id, now);

  const inCluj = await sessionActor(db, token, cluj.id, now);
  expect(inCluj?.user.id).toBe(user.id);
  expect(inCluj?.actor.roles).toEqual(['employee', 'moderator']);
  expect((await sessionActor(db, token, other.id, now))?.actor.roles).toEqual([]);
  expect((await sessionActor(db, token, null, now))?.actor.roles).toEqual([]);

  const later = new Date(now.getTime() + 31 * 86_400_000);
  expect(await sessionActor(db, token, cluj.id, later)).toBeNull();
  expect(await sessionActor(db, 'not-a-token', cluj.id, now)).toBeNull();
  await deleteSession(db, token);
  expect(await sessionActor(db, token, cluj.id, now)).toBeNull();
});
