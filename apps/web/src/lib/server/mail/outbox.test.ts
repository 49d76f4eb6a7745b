import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import { requestPasswordReset } from '../accounts/password-reset.ts';
import { startSmtpServer } from '../accounts/testing.ts';
import { smtpTransport } from './smtp.ts';
import { deliverPending, purgeOldMail, queueEmail } from './outbox.ts';
import { listOutbox } from './outbox-list.ts';
import { outboxEmails } from './schema.ts';

let database: Database;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  database = await openTestDatabase();
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await database.close();
});

describe('no secret reaches anyone but its recipient', () => {
  test('a reset link asked on another organisation’s site is nobody’s to read but its owner’s', async () => {
    const cluj = await makeOrganisation(database.db);
    const oradea = await makeOrganisation(database.db, { publicUrl: 'https://idei.oradea.ro' });
    const person = await makeUser(database.db, cluj, ['employee']);
    const adminOradea = await makeUser(database.db, oradea, ['admin']);
    const adminCluj = await makeUser(database.db, cluj, ['admin']);
    await requestPasswordReset(
      await ctxFor(database.db, oradea, null),
      { email: person.email },
      { ip: '198.51.100.3' },
    );

    const [mail] = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.to, person.email));
    expect(mail!.organisationId).toBeNull(); // the person's own, not Oradea's
    expect(mail!.recipientUserId).toBe(person.id);
    expect(mail!.text).toMatch(
      /https:\/\/idei\.oradea\.ro\/account\/reset-password\?token=[\w-]{20,}/,
    );
    expect(mail!.redactedText).not.toContain('token=');
    for (const admin of [adminOradea, adminCluj]) {
      const org = admin === adminOradea ? oradea : cluj;
      const listed = await listOutbox(await ctxFor(database.db, org, admin), {});
      expect(JSON.stringify(listed)).not.toContain(person.email);
    }
  });

  test('administrators see their organisation’s mails to its people, with one-time links masked', async () => {
    const org = await makeOrganisation(database.db);
    const admin = await makeUser(database.db, org, ['admin']);
    const member = await makeUser(database.db, org, ['employee']);
    const outsider = await makeUser(database.db, null, []);
    const link = 'https://innovato.example/invite?token=secret-invitation-token-123';
    for (const to of [member, outsider]) {
      await queueEmail(database.db, {
        organisationId: org.id,
        recipientUserId: to.id,
        to: to.email,
        subject: 'Invitație',
        text: `Deschideți ${link} pentru a accepta.`,
        secrets: [link],
      });
    }
    const { emails } = await listOutbox(await ctxFor(database.db, org, admin), {});
    expect(emails.map((e) => e.to)).toEqual([member.email]); // never to someone not theirs
    expect(emails[0]!.text).toBe('Deschideți […] pentru a accepta.');
  });

  test('once delivered, the link is not kept; old mails are purged', async () => {
    const org = await makeOrganisation(database.db);
    const member = await makeUser(database.db, org, ['employee']);
    await queueEmail(database.db, {
      organisationId: null,
      recipientUserId: member.id,
      to: member.email,
      subject: 'Link',
      text: 'Your link: https://innovato.example/x?token=abcdefghijklmnopqrstuvwxyz',
      secrets: ['https://innovato.example/x?token=abcdefghijklmnopqrstuvwxyz'],
    });
    await deliverPending(
      database.db,
      smtpTransport(smtp.url, 'Innovato-R <no-reply@x.ro>'),
      new Date(),
    );
    expect(smtp.received.find((m) => m.to === member.email)?.text).toContain(
      'token=abcdefghijklmnop',
    );
    const [kept] = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.to, member.email));
    expect(kept!.status).toBe('sent');
    expect(kept!.text).not.toContain('token=');
    await purgeOldMail(database.db, new Date(Date.now() + 31 * 86_400_000), 30);
    expect(
      await database.db.select().from(outboxEmails).where(eq(outboxEmails.to, member.email)),
    ).toEqual([]);
  });

  test('a mail queued in the same millisecond as the delivery is delivered (not left for the next poll)', async () => {
    const member = await makeUser(database.db, await makeOrganisation(database.db), ['employee']);
    await queueEmail(database.db, {
      organisationId: null,
      recipientUserId: member.id,
      to: member.email,
      subject: 'Same millisecond',
      text: 'Hello',
    });
    // PostgreSQL stamps microseconds; the JS clock that follows names only the millisecond.
    await database.db
      .update(outboxEmails)
      .set({ nextAttemptAt: sql`'2026-12-02T10:00:00.000700Z'::timestamptz` })
      .where(eq(outboxEmails.to, member.email));
    await deliverPending(database.db, null, new Date('2026-12-02T10:00:00.000Z'));
    const [row] = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.to, member.email));
    expect(row!.status).toBe('stored');
  });
});
