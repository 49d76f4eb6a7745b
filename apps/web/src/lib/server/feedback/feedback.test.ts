import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { RateLimited } from '../errors.ts';
import { outboxEmails } from '../mail/schema.ts';
import { accessibilityFeedback } from './schema.ts';
import { submitAccessibilityFeedback } from './service.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

test('a visitor reports a barrier: it is stored and the administrators get an e-mail', async () => {
  const w = await openCallWorld(database.db);
  const asVisitor = await ctxFor(database.db, w.org, null);
  const message = 'Butonul „Trimite” nu se vede la zoom 200% 🚲';
  await submitAccessibilityFeedback(asVisitor, { message, pageUrl: '/calls' }, '198.51.100.1');
  const [stored] = await database.db
    .select()
    .from(accessibilityFeedback)
    .where(eq(accessibilityFeedback.organisationId, w.org.id));
  expect(stored?.message).toBe(message);
  const mails = await database.db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.organisationId, w.org.id));
  expect(mails.map((m) => m.to)).toEqual([w.admin.email]);
  expect(mails[0]?.text).toContain(message);
});

test('reports are limited per client address', async () => {
  const w = await openCallWorld(database.db);
  const asVisitor = await ctxFor(database.db, w.org, null);
  for (let i = 0; i < 5; i++) {
    await submitAccessibilityFeedback(asVisitor, { message: `report ${i}` }, '198.51.100.7');
  }
  await expect(
    submitAccessibilityFeedback(asVisitor, { message: 'one too many' }, '198.51.100.7'),
  ).rejects.toThrow(RateLimited);
  await submitAccessibilityFeedback(asVisitor, { message: 'another address' }, '198.51.100.8');
  const rows = await database.db
    .select()
    .from(accessibilityFeedback)
    .where(eq(accessibilityFeedback.organisationId, w.org.id));
  expect(rows).toHaveLength(6);
});
