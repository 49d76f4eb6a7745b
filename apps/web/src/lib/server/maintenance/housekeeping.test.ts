import { afterAll, beforeAll, expect, test } from 'vitest';
import { count } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { makeOrganisation, makeUser } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { createSession } from '../accounts/sessions.ts';
import { emailTokens, sessions } from '../accounts/schema.ts';
import { rateLimits } from '../rate-limits/schema.ts';
import { hit } from '../rate-limits/rate-limit.ts';
import { houseKeeping } from './housekeeping.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

test('expired sessions, spent tokens and old rate-limit windows are removed; live ones stay', async () => {
  const { db } = database;
  const org = await makeOrganisation(db);
  const user = await makeUser(db, org, ['employee']);
  const now = new Date('2026-11-23T12:00:00Z');
  const longAgo = new Date('2026-09-01T12:00:00Z');
  await createSession(db, user.id, longAgo); // expired after 30 days
  await createSession(db, user.id, now); // live
  const soon = new Date(now.getTime() + 3_600_000);
  await db.insert(emailTokens).values([
    { userId: user.id, purpose: 'verify_email', tokenHash: 'expired', expiresAt: longAgo },
    {
      userId: user.id,
      purpose: 'reset_password',
      tokenHash: 'used',
      expiresAt: soon,
      usedAt: longAgo,
    },
    { userId: user.id, purpose: 'verify_email', tokenHash: 'live', expiresAt: soon },
  ]);
  await hit(db, 'sign-in:old', { limit: 10, windowSeconds: 900 }, longAgo);
  await hit(db, 'sign-in:now', { limit: 10, windowSeconds: 900 }, now);

  await houseKeeping(db, now);

  const [s] = await db.select({ n: count() }).from(sessions);
  const tokens = await db.select({ hash: emailTokens.tokenHash }).from(emailTokens);
  const windows = await db.select({ key: rateLimits.key }).from(rateLimits);
  expect(s?.n).toBe(1);
  expect(tokens.map((t) => t.hash)).toEqual(['live']);
  expect(windows.map((w) => w.key)).toEqual(['sign-in:now']);
});
