import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import { Invalid, RateLimited } from '../errors.ts';
import type { Organisation } from '../organisations/schema.ts';
import { hashPassword } from './passwords.ts';
import { userForSession } from './sessions.ts';
import { signIn, signOut } from './sign-in.ts';
import { auditActions, auditCount, sessionOf } from './testing.ts';
import type { User } from './schema.ts';

let database: Database;
let org: Organisation;
let user: User;
const PASSWORD = 'parola-corectă-2026';

beforeAll(async () => {
  database = await openTestDatabase();
  org = await makeOrganisation(database.db);
  user = await makeUser(database.db, org, ['employee'], {
    passwordHash: await hashPassword(PASSWORD),
  });
});
afterAll(() => database.close());

let ipCounter = 0;
const freshIp = () => `10.0.0.${++ipCounter}`;
const at = (iso: string) => () => new Date(iso);
/** A sign-in expected to open a session. */
const signInOk = async (...a: Parameters<typeof signIn>) => sessionOf(await signIn(...a));

describe('signing in', () => {
  test('the right password opens a new session; the previous one is ended (rotation)', async () => {
    const ctx = await ctxFor(database.db, org, null);
    const first = await signInOk(ctx, { email: user.email, password: PASSWORD }, { ip: freshIp() });
    expect((await userForSession(database.db, first.token, new Date()))?.id).toBe(user.id);
    expect(first.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);

    const second = await signInOk(
      ctx,
      { email: ` ${user.email.toUpperCase()} `, password: PASSWORD },
      { ip: freshIp(), previousToken: first.token },
    );
    expect(second.token).not.toBe(first.token);
    expect(await userForSession(database.db, first.token, new Date())).toBeNull();
    expect((await userForSession(database.db, second.token, new Date()))?.id).toBe(user.id);
  });

  test('an unknown address and a wrong password get the same answer, and failures are audited', async () => {
    const ctx = await ctxFor(database.db, org, null);
    const failures0 = await auditCount(database.db, 'account.sign_in_failed');
    const unknown = await signIn(
      ctx,
      { email: 'nobody@example.org', password: PASSWORD },
      { ip: freshIp() },
    ).catch((e: unknown) => e);
    const wrong = await signIn(
      ctx,
      { email: user.email, password: 'not-the-password' },
      { ip: freshIp() },
    ).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(Invalid);
    expect(wrong).toBeInstanceOf(Invalid);
    expect((unknown as Invalid).fields).toEqual((wrong as Invalid).fields);
    expect((wrong as Invalid).fields).toEqual({ email: 'accounts.sign_in.failed' });
    expect(await auditCount(database.db, 'account.sign_in_failed')).toBe(failures0 + 2);
  });

  test('guesses sprayed from many addresses lock the account for new devices, never for the owner’s own', async () => {
    const victim = await makeUser(database.db, org, ['employee'], {
      passwordHash: await hashPassword(PASSWORD),
    });
    const ctx = await ctxFor(database.db, org, null, at('2026-04-01T08:00:00Z'));
    // The owner signed in from their browser last week: it holds a known-device cookie.
    const earlier = await ctxFor(database.db, org, null, at('2026-03-25T08:00:00Z'));
    const { device } = await signInOk(
      earlier,
      { email: victim.email, password: PASSWORD },
      { ip: '192.0.2.10' },
    );
    // Fifty addresses, a wrong guess each.
    for (let i = 0; i < 50; i++) {
      await signIn(
        ctx,
        { email: victim.email, password: `guess-${i}` },
        { ip: `203.0.113.${i}` },
      ).catch((e: unknown) => expect(e).toBeInstanceOf(i < 10 ? Invalid : RateLimited));
    }
    // From a new device even the right password waits (with a message saying what to do)…
    const locked = await signIn(
      ctx,
      { email: victim.email, password: PASSWORD },
      { ip: freshIp() },
    ).catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(RateLimited);
    expect((locked as RateLimited).key).toBe('accounts.sign_in.account_locked');
    expect((locked as RateLimited).retryAfterSeconds).toBeGreaterThan(0);
    // …but the owner's own browser gets in, from wherever it is now.
    await expect(
      signIn(ctx, { email: victim.email, password: PASSWORD }, { ip: freshIp(), device }),
    ).resolves.toMatchObject({ user: { id: victim.id } });
    // A forged or someone else's device cookie does not count.
    for (const forged of [
      `${device}x`,
      (await signInOk(earlier, { email: user.email, password: PASSWORD }, { ip: freshIp() }))
        .device,
    ]) {
      await expect(
        signIn(ctx, { email: victim.email, password: PASSWORD }, { ip: freshIp(), device: forged }),
      ).rejects.toThrow(RateLimited);
    }
    // The next window starts afresh for everyone.
    const later = await ctxFor(database.db, org, null, at('2026-04-01T08:15:00Z'));
    await expect(
      signIn(later, { email: victim.email, password: PASSWORD }, { ip: freshIp() }),
    ).resolves.toMatchObject({ user: { id: victim.id } });
  });

  test('only failures count: signing in again and again is never refused', async () => {
    const ctx = await ctxFor(database.db, org, null, at('2026-04-03T08:00:00Z'));
    const ip = freshIp();
    for (let i = 0; i < 30; i++) {
      await signIn(ctx, { email: user.email, password: PASSWORD }, { ip });
    }
  });

  test('twenty failures from one client address stop it trying any account for a while', async () => {
    const ctx = await ctxFor(database.db, org, null, at('2026-04-02T08:00:00Z'));
    const ip = freshIp();
    for (let i = 0; i < 20; i++) {
      await expect(
        signIn(ctx, { email: `guess${i}@example.org`, password: 'x' }, { ip }),
      ).rejects.toThrow(Invalid);
    }
    await expect(signIn(ctx, { email: user.email, password: PASSWORD }, { ip })).rejects.toThrow(
      RateLimited,
    );
    // Another address is not affected.
    await expect(
      signIn(ctx, { email: user.email, password: PASSWORD }, { ip: freshIp() }),
    ).resolves.toMatchObject({ user: { id: user.id } });
  });

  test('bad input is Invalid, never an error', async () => {
    const ctx = await ctxFor(database.db, org, null);
    for (const input of [
      {},
      { email: '', password: '' },
      { email: 'a@b.ro\nBcc: c@d.ro', password: PASSWORD },
      { email: user.email, password: 'x'.repeat(10_000) },
      { email: '<script>', password: PASSWORD },
      { email: 42, password: null },
    ]) {
      await expect(signIn(ctx, input, { ip: freshIp() })).rejects.toThrow(Invalid);
    }
  });

  test('signing out ends the session, audited', async () => {
    const anonymous = await ctxFor(database.db, org, null);
    const { token } = await signInOk(
      anonymous,
      { email: user.email, password: PASSWORD },
      { ip: freshIp() },
    );
    const signedIn = await ctxFor(database.db, org, user);
    const outs0 = await auditCount(database.db, 'account.sign_out');
    await signOut(signedIn, token);
    expect(await userForSession(database.db, token, new Date())).toBeNull();
    expect(await auditCount(database.db, 'account.sign_out')).toBe(outs0 + 1);
    expect(await auditActions(database.db, user.id)).not.toContain('account.sign_out');
  });
});
