import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import { Invalid, RateLimited } from '../errors.ts';
import type { Organisation } from '../organisations/schema.ts';
import { outboxEmails } from '../mail/schema.ts';
import { hashPassword } from './passwords.ts';
import { createSession, userForSession } from './sessions.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';
import { signIn } from './sign-in.ts';
import { users, type User } from './schema.ts';
import { auditActions, linkToken, mailsTo, meta, sessionOf } from './testing.ts';

let database: Database;
let org: Organisation;

beforeAll(async () => {
  database = await openTestDatabase();
  org = await makeOrganisation(database.db);
});
afterAll(() => database.close());

const OLD = 'parola-veche-destul-de-lunga';
const NEW = 'parola-nouă-și-mai-lungă';

async function userWithPassword(): Promise<User> {
  return makeUser(database.db, org, ['participant'], {
    email: `reset-${crypto.randomUUID().slice(0, 8)}@example.org`,
    passwordHash: await hashPassword(OLD),
    locale: 'en',
  });
}

async function resetToken(user: User, now = new Date()) {
  await requestPasswordReset(
    await ctxFor(database.db, org, null, () => now),
    { email: user.email },
    meta(`172.16.0.${Math.floor(Math.random() * 250)}`),
  );
  const mails = await mailsTo(database.db, user.email);
  return linkToken(mails.at(-1)!.text, '/account/reset-password');
}

describe('password reset', () => {
  test('the same answer for known and unknown addresses; only a real account gets an e-mail', async () => {
    const user = await userWithPassword();
    const before = (await database.db.select().from(outboxEmails)).length;
    const anonymous = await ctxFor(database.db, org, null);
    const known = await requestPasswordReset(anonymous, { email: user.email }, meta());
    const unknown = await requestPasswordReset(
      anonymous,
      { email: 'no-one-here@example.org' },
      meta(),
    );
    expect(known).toEqual(unknown);
    expect((await database.db.select().from(outboxEmails)).length).toBe(before + 1);
    const [mail] = await mailsTo(database.db, user.email);
    expect(mail!.subject).toBe('New password — Cluj-Napoca City Hall');
  });

  test('the link sets a new password once, ends every session and signs in', async () => {
    const user = await userWithPassword();
    const old = await createSession(database.db, user.id, new Date());
    const token = await resetToken(user);
    const anonymous = await ctxFor(database.db, org, null);

    const signedIn = sessionOf(await resetPassword(anonymous, { token, password: NEW }));
    expect(await userForSession(database.db, old.token, new Date())).toBeNull();
    expect((await userForSession(database.db, signedIn.token, new Date()))?.id).toBe(user.id);
    await expect(
      resetPassword(anonymous, { token, password: 'yet-another-password' }),
    ).rejects.toThrow(Invalid);

    await expect(
      signIn(anonymous, { email: user.email, password: OLD }, { ip: '10.9.9.1' }),
    ).rejects.toThrow(Invalid);
    await expect(
      signIn(anonymous, { email: user.email, password: NEW }, { ip: '10.9.9.2' }),
    ).resolves.toBeTruthy();
    expect(await auditActions(database.db, user.id)).toEqual(
      expect.arrayContaining(['account.password_reset_requested', 'account.password_reset']),
    );
  });

  test('a link expires after one hour and then changes nothing', async () => {
    const user = await userWithPassword();
    const issued = new Date('2026-05-01T10:00:00Z');
    const token = await resetToken(user, issued);
    const late = await ctxFor(database.db, org, null, () => new Date('2026-05-01T11:00:01Z'));
    await expect(resetPassword(late, { token, password: NEW })).rejects.toThrow(Invalid);
    const [after] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(after!.passwordHash).toBe(user.passwordHash);
  });

  test('only the newest link works', async () => {
    const user = await userWithPassword();
    const first = await resetToken(user);
    const second = await resetToken(user);
    const anonymous = await ctxFor(database.db, org, null);
    await expect(resetPassword(anonymous, { token: first, password: NEW })).rejects.toThrow(
      Invalid,
    );
    await expect(resetPassword(anonymous, { token: second, password: NEW })).resolves.toBeTruthy();
  });

  test('bad tokens and passwords are Invalid', async () => {
    const anonymous = await ctxFor(database.db, org, null);
    for (const input of [
      {},
      { token: '', password: NEW },
      { token: '../../etc/passwd', password: NEW },
      { token: 'a'.repeat(10_000), password: NEW },
      { token: 'A'.repeat(43), password: 'short' },
      { token: 'A'.repeat(43), password: NEW },
    ]) {
      await expect(resetPassword(anonymous, input)).rejects.toThrow(Invalid);
    }
  });

  test('requests are rate limited per address', async () => {
    const user = await userWithPassword();
    const ctx = await ctxFor(database.db, org, null, () => new Date('2026-06-01T10:00:00Z'));
    for (let i = 0; i < 5; i++)
      await requestPasswordReset(ctx, { email: user.email }, meta(`10.1.1.${i}`));
    await expect(
      requestPasswordReset(ctx, { email: user.email }, meta('10.1.1.99')),
    ).rejects.toThrow(RateLimited);
    expect(await mailsTo(database.db, user.email)).toHaveLength(5);
  });
  test('a dead link is refused before anything else (no password is hashed for it)', async () => {
    const anonymous = await ctxFor(database.db, org, null);
    // A weak password and a dead link: the link is what the answer is about.
    const e = (await resetPassword(anonymous, {
      token: 'x'.repeat(43),
      password: 'password1234',
    }).catch((err: unknown) => err)) as Invalid;
    expect(e.fields).toEqual({ token: 'accounts.token.invalid' });
  });

  test('a guessable new password is refused and the link stays usable', async () => {
    const user = await userWithPassword();
    const token = await resetToken(user);
    const anonymous = await ctxFor(database.db, org, null);
    const e = (await resetPassword(anonymous, { token, password: 'password12345' }).catch(
      (err: unknown) => err,
    )) as Invalid;
    expect(e.fields).toEqual({ password: 'accounts.password.too_guessable' });
    await expect(resetPassword(anonymous, { token, password: NEW })).resolves.toBeTruthy();
  });

  test('resetting the password ends a lock left on the account by guesses from elsewhere', async () => {
    const user = await userWithPassword();
    const ctx = await ctxFor(database.db, org, null);
    for (let i = 0; i < 10; i++) {
      await signIn(
        ctx,
        { email: user.email, password: `guess-${i}` },
        { ip: `198.18.0.${i}` },
      ).catch(() => undefined);
    }
    await expect(
      signIn(ctx, { email: user.email, password: OLD }, { ip: '198.18.1.1' }),
    ).rejects.toThrow(RateLimited);
    await resetPassword(ctx, { token: await resetToken(user), password: NEW });
    await expect(
      signIn(ctx, { email: user.email, password: NEW }, { ip: '198.18.1.2' }),
    ).resolves.toMatchObject({ user: { id: user.id } });
  });
});
