import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import { deliverPending } from '../mail/outbox.ts';
import { smtpTransport } from '../mail/smtp.ts';
import { Invalid, RateLimited } from '../errors.ts';
import type { Organisation } from '../organisations/schema.ts';
import { emailTokens, memberships, users } from './schema.ts';
import { signUp } from './sign-up.ts';
import { verifyEmail } from './verify-email.ts';
import { findUserByEmail } from './users.ts';
import { auditActions, linkToken, mailsTo, meta, startSmtpServer, userCount } from './testing.ts';

let database: Database;
let org: Organisation;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  database = await openTestDatabase();
  org = await makeOrganisation(database.db);
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await database.close();
});

const anonymous = () => ctxFor(database.db, org, null);
let n = 0;
const form = (overrides: Record<string, unknown> = {}) => ({
  name: 'Anișoara Mureșan',
  email: `anisoara.${++n}@example.org`,
  password: 'o frază destul de lungă',
  locale: 'ro',
  ...overrides,
});

describe('signing up', () => {
  test('the verification e-mail goes out over SMTP, and its link verifies the address once', async () => {
    const input = form({ locale: 'hu' });
    await signUp(await anonymous(), input, meta());
    const user = (await findUserByEmail(database.db, input.email as string))!;
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);

    await deliverPending(
      database.db,
      smtpTransport(smtp.url, 'Innovato-R <no-reply@innovato.example>'),
      new Date(),
    );
    const mail = smtp.received.find((m) => m.to === input.email);
    expect(mail, 'the SMTP server received the mail').toBeDefined();
    // In the language chosen at sign-up, naming the organisation in that language.
    expect(mail!.subject).toContain('Kolozsvár');
    // Not by name: whoever signed up typed it, and the address is not yet proved to be theirs.
    expect(mail!.text).toMatch(/^Tisztelt Címzett!/);
    expect(mail!.text).not.toContain('Anișoara');
    const token = linkToken(mail!.text, 'https://innovato.example/account/verify');

    // Only the token's hash is stored.
    const stored = await database.db
      .select()
      .from(emailTokens)
      .where(eq(emailTokens.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);

    const { user: verified, employee } = await verifyEmail(await anonymous(), { token });
    expect(verified.emailVerifiedAt).toBeInstanceOf(Date);
    expect(employee).toBe(false);
    await expect(verifyEmail(await anonymous(), { token })).rejects.toThrow(Invalid);
    expect(await auditActions(database.db, user.id)).toEqual([
      'account.sign_up',
      'account.verify_email',
    ]);
  });

  test('an address on a staff domain becomes an employee on verification (audited); others stay participants', async () => {
    const staff = form({ email: `ioana.${++n}@PrimariaClujNapoca.ro` });
    await signUp(await anonymous(), staff, meta());
    const user = (await findUserByEmail(database.db, staff.email as string))!;
    const [mail] = await mailsTo(database.db, user.email);
    const token = linkToken(mail!.text, '/account/verify');
    const [before] = await database.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, user.id));
    expect(before!.roles).toEqual(['participant']);

    expect((await verifyEmail(await anonymous(), { token })).employee).toBe(true);
    const [after] = await database.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, user.id));
    expect(after!.roles).toEqual(['participant', 'employee']);
    expect(await auditActions(database.db, after!.id)).toContain('membership.grant_employee');
  });

  test('an address that already has an account gets the same answer, and an e-mail saying so', async () => {
    const existing = await makeUser(database.db, org, ['participant'], {
      email: `ion.${++n}@example.org`,
    });
    const fresh = form();
    const users0 = await userCount(database.db);
    const answerForExisting = await signUp(
      await anonymous(),
      form({ email: existing.email.toUpperCase() }),
      meta(),
    );
    const answerForNew = await signUp(await anonymous(), fresh, meta());
    expect(answerForExisting).toEqual(answerForNew);
    expect(await userCount(database.db)).toBe(users0 + 1);

    const mails = await mailsTo(database.db, existing.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('https://innovato.example/account/forgot-password');
    expect(mails[0]!.text).not.toContain('token=');
    // The existing account is untouched (name, password).
    const [still] = await database.db.select().from(users).where(eq(users.id, existing.id));
    expect(still).toEqual(existing);
  });

  test('bad input is refused with field messages, and nothing is stored', async () => {
    const users0 = await userCount(database.db);
    const bad: Record<string, unknown>[] = [
      {},
      form({ name: '' }),
      form({ name: ' \u200b ' }),
      form({ name: 'a'.repeat(10_000) }),
      form({ name: 'a\u0000b' }),
      form({ name: 'line\r\n\r\nBcc: x@y.ro' }),
      form({ email: '' }),
      form({ email: 'a@b.ro\nBcc: c@d.ro' }),
      form({ email: '<script>alert(1)</script>@b.ro' }),
      form({ email: 'a'.repeat(10_000) + '@b.ro' }),
      form({ email: ['a@b.ro', 'c@d.ro'] }),
      form({ password: 'short' }),
      form({ password: 'x'.repeat(10_000) }),
      form({ locale: 'de' }),
      form({ locale: '<script>' }),
    ];
    for (const input of bad) {
      const error = await signUp(await anonymous(), input, meta('198.51.100.1')).catch(
        (e: unknown) => e,
      );
      expect(error, JSON.stringify(input).slice(0, 80)).toBeInstanceOf(Invalid);
    }
    expect(await userCount(database.db)).toBe(users0);
  });

  test('awkward but valid names are kept exactly as typed', async () => {
    const input = form({ name: '<script>alert(1)</script> Ștefan Țîrlea 🚲' });
    await signUp(await anonymous(), input, meta());
    expect((await findUserByEmail(database.db, input.email as string))!.name).toBe(
      '<script>alert(1)</script> Ștefan Țîrlea 🚲',
    );
  });

  test('sign-ups are rate limited per client address', async () => {
    const now = new Date('2026-03-02T10:00:00Z');
    const ctx = await ctxFor(database.db, org, null, () => now);
    for (let i = 0; i < 10; i++) await signUp(ctx, form(), meta('192.0.2.55'));
    const users0 = await userCount(database.db);
    await expect(signUp(ctx, form(), meta('192.0.2.55'))).rejects.toThrow(RateLimited);
    expect(await userCount(database.db)).toBe(users0);
  });
});
