import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeUser, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { getCall } from '../calls/service.ts';
import { outboxEmails } from '../mail/schema.ts';
import { myNotifications } from '../notifications/centre.ts';
import { notifications } from '../notifications/schema.ts';
import { createProposal, transitionProposal } from './commands.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

test('the authors hear of what others do to their proposal, with the reason; nobody else does', async () => {
  const { db } = database;
  const w = await openCallWorld(db);
  const { categories } = await getCall(w.asAdmin, w.call.id);
  const asAuthor = await ctxFor(db, w.org, w.employee);
  const asModerator = await ctxFor(db, w.org, await makeUser(db, w.org, ['moderator']));
  const fields = {
    title: 'Fluturașul de salariu digital',
    problem: 'Tipărim lunar 1.050 de fluturași.',
    solution: 'Îi trimitem pe e-mail, ca PDF protejat.',
    categoryId: categories[0]!.id,
    clientToken: uuidv7(),
  };
  const p = await createProposal(asAuthor, w.call.id, fields, 'submit');
  const q = await createProposal(
    asAuthor,
    w.call.id,
    { ...fields, title: 'Arhiva digitală', clientToken: uuidv7() },
    'submit',
  );
  await transitionProposal(asModerator, p.id, 'mark_ineligible', {
    ineligibleReason: 'Nu ține de competența primăriei.',
  });
  await transitionProposal(asModerator, q.id, 'mark_eligible', {});

  const seen = await myNotifications(asAuthor);
  expect(seen.notifications.map((n) => [n.title.key, n.title.params?.title, n.href])).toEqual([
    ['proposals.notification.mark_eligible.title', 'Arhiva digitală', `/proposals/${q.id}`],
    [
      'proposals.notification.mark_ineligible.title',
      'Fluturașul de salariu digital',
      `/proposals/${p.id}`,
    ],
  ]);
  expect(seen.notifications[1]!.body.params?.note).toBe('Nu ține de competența primăriei.');
  // Ineligible comes by mail at once; eligible waits for the daily digest.
  const mails = await db.select().from(outboxEmails).where(eq(outboxEmails.to, w.employee.email));
  expect(mails.map((m) => m.subject)).toEqual([
    'Propunere neeligibilă: Fluturașul de salariu digital',
  ]);
  expect(mails[0]!.text).toContain('Nu ține de competența primăriei.');
  // The submit was the author's own step: nothing about it; nobody but the author is told.
  const all = await db
    .select()
    .from(notifications)
    .where(eq(notifications.organisationId, w.org.id));
  expect(all.every((n) => n.userId === w.employee.id)).toBe(true);
  expect(all).toHaveLength(2);
});
