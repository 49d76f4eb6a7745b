import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, openCallWorld } from '../testing/factories.ts';
import { Conflict, Forbidden, Invalid, RateLimited } from '../errors.ts';
import { getCall } from '../calls/service.ts';
import { createProposal, transitionProposal } from '../proposals/commands.ts';
import { getProposal } from '../proposals/queries.ts';
import { proposals } from '../proposals/schema.ts';
import { queueEmail } from '../mail/outbox.ts';
import { auditLog } from '../audit/schema.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import { accessibilityFeedback } from '../feedback/schema.ts';
import { hit, LIMITS } from '../rate-limits/rate-limit.ts';
import { rateLimits } from '../rate-limits/schema.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };
import { hashPassword } from '../accounts/passwords.ts';
import { createSession, userForSession } from '../accounts/sessions.ts';
import { issueToken } from '../accounts/tokens.ts';
import { signIn } from '../accounts/sign-in.ts';
import { signUp } from '../accounts/sign-up.ts';
import { signInWithIdentity, SsoFailed } from '../accounts/sso.ts';
import { findUserByEmail } from '../accounts/users.ts';
import {
  emailTokens,
  memberships,
  oidcIdentities,
  recoveryCodes,
  sessions,
  users,
  type User,
} from '../accounts/schema.ts';
import { savingsVerifiers } from '../projects/schema.ts';
import { eraseAccount, erasurePreview, LastAdmin } from './erase-account.ts';
import { ERASED_NAME, erasedEmail } from '../accounts/personal-data.ts';
import { auditActions, mailsTo, meta, sessionOf } from '../accounts/testing.ts';

const PASSWORD = 'parola-corectă-2026';
let database: Database;
let passwordHash: string;
beforeAll(async () => {
  database = await openTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => database.close());

let ip = 0;
const freshIp = () => `198.51.100.${++ip}`;

/** An employee with a password, a submitted proposal, a withdrawn one and a draft. */
async function world() {
  const db = database.db;
  const w = await openCallWorld(db);
  await db.update(users).set({ passwordHash, locale: 'hu' }).where(eq(users.id, w.employee.id));
  const employee = (await findUserByEmail(db, w.employee.email))!;
  const asEmployee = await ctxFor(db, w.org, employee);
  const { categories } = await getCall(w.asAdmin, w.call.id);
  const make = (title: string) =>
    createProposal(asEmployee, w.call.id, {
      title,
      problem: 'Tipărim lunar 1.050 de fluturași.',
      solution: 'Îi trimitem pe e-mail.',
      categoryId: categories[0]!.id,
      clientToken: uuidv7(),
    });
  const submitted = await make('Fluturașul de salariu digital');
  await transitionProposal(asEmployee, submitted.id, 'submit');
  const withdrawn = await make('Arhiva scanată');
  await transitionProposal(asEmployee, withdrawn.id, 'submit');
  await transitionProposal(asEmployee, withdrawn.id, 'withdraw');
  const draft = await make('Ciornă nepublicată');
  const abandoned = await make('Ciornă retrasă înainte de trimitere');
  await transitionProposal(asEmployee, abandoned.id, 'withdraw');
  return { ...w, employee, asEmployee, submitted, withdrawn, draft, abandoned };
}

/** Everything that must stay exactly as it was when an erasure is refused. */
async function snapshot(user: User) {
  const db = database.db;
  const count = async (q: Promise<{ n: number }[]>) => (await q)[0]!.n;
  const n = sql<number>`count(*)::int`;
  return {
    user: (await db.select().from(users).where(eq(users.id, user.id)))[0],
    sessions: await count(db.select({ n }).from(sessions).where(eq(sessions.userId, user.id))),
    memberships: await count(
      db.select({ n }).from(memberships).where(eq(memberships.userId, user.id)),
    ),
    proposals: await count(db.select({ n }).from(proposals).where(eq(proposals.authorId, user.id))),
    audit: await count(db.select({ n }).from(auditLog).where(eq(auditLog.action, 'account.erase'))),
  };
}

describe('erasing one’s account', () => {
  test('removes the personal data, ends sessions and drops never-submitted drafts; submitted and withdrawn proposals stay, anonymised', async () => {
    const w = await world();
    const db = database.db;
    const oldEmail = w.employee.email;
    const session = await createSession(db, w.employee.id, new Date());
    await issueToken(db, w.employee.id, 'reset_password', new Date());
    await db
      .insert(oidcIdentities)
      .values({ issuer: 'https://sso.example.org', subject: 'emp-7', userId: w.employee.id });
    await hit(db, `sign_in:email:${oldEmail}`, LIMITS.signIn, new Date());
    await queueEmail(db, {
      organisationId: w.org.id,
      to: oldEmail,
      subject: 'Un e-mail mai vechi',
      text: 'Bună ziua, Ștefan Țîrlea',
    });
    await db.insert(accessibilityFeedback).values({
      organisationId: w.org.id,
      name: 'Ștefan Țîrlea',
      email: oldEmail,
      message: 'Contrastul butoanelor este prea slab.',
    });

    const summary = await eraseAccount(w.asEmployee, { password: PASSWORD, confirm: 'on' });
    expect(summary).toEqual({
      membershipsEnded: 1,
      rateLimitCountersDeleted: 2, // the sign-in counter above and the erasure's own password check
      emailsDeleted: 1,
      notificationsDeleted: 0,
      feedbackAnonymised: 1,
      draftsDeleted: 2,
      proposalsKept: 2,
      filesDeleted: 0,
      filesKept: 0,
      draftTeamsLeft: 0,
      invitationsDeleted: 0,
      commentsDeleted: 0,
      reportsDeleted: 0,
      supportsDeleted: 0,
      followsDeleted: 0,
    });

    const [row] = await db.select().from(users).where(eq(users.id, w.employee.id));
    expect(row).toMatchObject({
      name: ERASED_NAME,
      email: erasedEmail(w.employee.id),
      passwordHash: null,
      emailVerifiedAt: null,
      locale: 'hu',
    });
    expect(row!.erasedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(row)).not.toContain('Țîrlea');

    expect(await userForSession(db, session.token, new Date())).toBeNull();
    const of = (
      t: typeof sessions | typeof emailTokens | typeof oidcIdentities | typeof memberships,
    ) => db.select().from(t).where(eq(t.userId, w.employee.id));
    expect(await of(sessions)).toEqual([]);
    expect(await of(emailTokens)).toEqual([]);
    expect(await of(oidcIdentities)).toEqual([]);
    expect(await of(memberships)).toEqual([]);
    expect(
      await db
        .select()
        .from(rateLimits)
        .where(eq(rateLimits.key, `sign_in:email:${oldEmail}`)),
    ).toEqual([]);

    const left = await db
      .select({ id: proposals.id, state: proposals.state })
      .from(proposals)
      .where(eq(proposals.authorId, w.employee.id));
    expect(left.map((p) => p.id).sort()).toEqual([w.submitted.id, w.withdrawn.id].sort());
    const seen = await getProposal(w.asAdmin, w.submitted.id);
    expect(seen.proposal.authorName).toBe(ERASED_NAME);
    expect(seen.proposal.title).toBe('Fluturașul de salariu digital');

    const [feedback] = await db
      .select()
      .from(accessibilityFeedback)
      .where(eq(accessibilityFeedback.organisationId, w.org.id));
    expect(feedback).toMatchObject({ name: null, email: null });
    expect(feedback!.message).toBe('Contrastul butoanelor este prea slab.');
  });

  test('the second factor’s secret and recovery codes go, and an appointment as savings verifier ends', async () => {
    const w = await world();
    const db = database.db;
    await db
      .update(users)
      .set({ totpSecretSealed: 'sealed-secret', totpEnabledAt: new Date(), totpLastStep: 7 })
      .where(eq(users.id, w.employee.id));
    await db.insert(recoveryCodes).values({ userId: w.employee.id, codeHash: 'hash-of-a-code' });
    await db.insert(savingsVerifiers).values({ organisationId: w.org.id, userId: w.employee.id });

    await eraseAccount(w.asEmployee, { password: PASSWORD, confirm: 'on' });

    const [row] = await db.select().from(users).where(eq(users.id, w.employee.id));
    expect(row).toMatchObject({
      totpSecretSealed: null,
      totpPendingSealed: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    expect(
      await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, w.employee.id)),
    ).toEqual([]);
    expect(
      await db.select().from(savingsVerifiers).where(eq(savingsVerifiers.userId, w.employee.id)),
    ).toEqual([]);
  });

  test('the confirmation goes to the old address in their language; the audit entry holds no personal data', async () => {
    const w = await world();
    const oldEmail = w.employee.email;
    await queueEmail(database.db, {
      organisationId: w.org.id,
      to: oldEmail,
      subject: 'Un e-mail mai vechi',
      text: 'Corpul cu un link',
    });
    await eraseAccount(w.asEmployee, { password: PASSWORD, confirm: true });

    const mails = await mailsTo(database.db, oldEmail);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Fiókját töröltük — Kolozsvár');
    expect(mails[0]!.text).toContain('Kedves Ștefan Țîrlea!');

    expect(await auditActions(database.db, w.employee.id)).toContain('account.erase');
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.erase'), eq(auditLog.resourceId, w.employee.id)));
    expect(entry!.actorId).toBe(w.employee.id);
    const logged = JSON.stringify(entry);
    expect(logged).not.toContain(oldEmail);
    expect(logged).not.toContain('Țîrlea');
    // The chain is intact: nothing earlier was rewritten.
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  test('blocks sign-in, and frees the address for a new sign-up', async () => {
    const w = await world();
    const db = database.db;
    const oldEmail = w.employee.email;
    await eraseAccount(w.asEmployee, { password: PASSWORD, confirm: 'on' });
    const anonymous = await ctxFor(db, w.org, null);

    await expect(
      signIn(anonymous, { email: oldEmail, password: PASSWORD }, { ip: freshIp() }),
    ).rejects.toThrow(Invalid);

    await signUp(
      anonymous,
      {
        name: 'Anișoara Mureșan',
        email: oldEmail,
        password: 'o frază nouă și lungă',
        locale: 'ro',
      },
      meta(freshIp()),
    );
    const fresh = await findUserByEmail(db, oldEmail);
    expect(fresh).not.toBeNull();
    expect(fresh!.id).not.toBe(w.employee.id);
    expect(fresh!.name).toBe('Anișoara Mureșan');
    expect(fresh!.erasedAt).toBeNull();
    // The newcomer sees none of the erased account's proposals.
    const theirs = await db.select().from(proposals).where(eq(proposals.authorId, fresh!.id));
    expect(theirs).toEqual([]);
  });

  test('an erased row never signs in, even if it somehow held an address and a password again', async () => {
    const w = await world();
    const db = database.db;
    await eraseAccount(w.asEmployee, { password: PASSWORD, confirm: 'on' });
    const address = `restored-${uuidv7().slice(-8)}@example.org`;
    await db.update(users).set({ email: address, passwordHash }).where(eq(users.id, w.employee.id));
    await expect(
      signIn(
        await ctxFor(db, w.org, null),
        { email: address, password: PASSWORD },
        { ip: freshIp() },
      ),
    ).rejects.toThrow(Invalid);
    expect(await db.select().from(sessions).where(eq(sessions.userId, w.employee.id))).toEqual([]);
  });

  test('single sign-on cannot reach an erased account: the old identity makes a new account, a stale link is refused', async () => {
    const w = await world();
    const db = database.db;
    const profile = {
      issuer: 'https://sso.example.org',
      subject: `emp-${uuidv7().slice(-6)}`,
      email: w.employee.email,
      name: 'Ștefan Țîrlea',
      emailVerified: true,
    };
    await db
      .insert(oidcIdentities)
      .values({ issuer: profile.issuer, subject: profile.subject, userId: w.employee.id });
    await eraseAccount(w.asEmployee, { password: PASSWORD, confirm: 'on' });

    const anonymous = await ctxFor(db, w.org, null);
    const signedIn = sessionOf(await signInWithIdentity(anonymous, profile, 'employee'));
    expect(signedIn.user.id).not.toBe(w.employee.id);
    expect(signedIn.user.email).toBe(w.employee.email);

    const stale = { ...profile, subject: `stale-${uuidv7().slice(-6)}` };
    await db
      .insert(oidcIdentities)
      .values({ issuer: stale.issuer, subject: stale.subject, userId: w.employee.id });
    await expect(signInWithIdentity(anonymous, stale, 'employee')).rejects.toThrow(SsoFailed);
  });

  test('an account without a password needs only the explicit confirmation', async () => {
    const w = await openCallWorld(database.db);
    const asEmployee = await ctxFor(database.db, w.org, w.employee);
    expect((await erasurePreview(asEmployee)).hasPassword).toBe(false);
    await expect(eraseAccount(asEmployee, {})).rejects.toThrow(Invalid);
    await eraseAccount(asEmployee, { confirm: 'on' });
    const [row] = await database.db.select().from(users).where(eq(users.id, w.employee.id));
    expect(row!.erasedAt).toBeInstanceOf(Date);
  });
});

describe('refusals change nothing', () => {
  test('without the password, with a wrong one, or without the confirmation', async () => {
    const w = await world();
    const before = await snapshot(w.employee);
    const refused = async (input: unknown) => {
      const e = await eraseAccount(w.asEmployee, input).catch((x: unknown) => x);
      expect(e, JSON.stringify(input)).toBeInstanceOf(Invalid);
      return (e as Invalid).fields;
    };
    expect(await refused({ confirm: 'on' })).toEqual({ password: 'form.required' });
    expect(await refused({ password: PASSWORD })).toEqual({
      confirm: 'privacy.delete.confirm_required',
    });
    expect(await refused({ password: 'not-the-password', confirm: 'on' })).toEqual({
      password: 'accounts.password.current_wrong',
    });
    expect(await refused({ password: PASSWORD, confirm: 'off' })).toHaveProperty('confirm');
    expect(await snapshot(w.employee)).toEqual(before);
  });

  test('bad input — empty, 10,000 characters, wrong types — is a typed Invalid', async () => {
    const w = await world();
    const before = await snapshot(w.employee);
    const long = 'a'.repeat(10_000);
    const cases: unknown[] = [
      undefined,
      null,
      '',
      'password',
      42,
      [],
      { password: long, confirm: 'on' },
      { password: PASSWORD, confirm: long },
      { password: 12345, confirm: 'on' },
      { password: [PASSWORD, PASSWORD], confirm: 'on' },
      { password: { $ne: '' }, confirm: 'on' },
      { password: PASSWORD, confirm: 1 },
      { password: PASSWORD, confirm: ['on', 'on'] },
      { password: PASSWORD, confirm: { on: true } },
      ...badInput.empty.map((password) => ({ password, confirm: 'on' })),
      ...badInput.sql_like.map((password) => ({ password, confirm: 'on' })),
      ...badInput.script_injection.map((password) => ({ password, confirm: 'on' })),
    ];
    // Each case in its own rate-limit window: the point here is the answer to the input.
    let window = 0;
    for (const input of cases) {
      const at = new Date(Date.UTC(2030, 0, 1) + ++window * 15 * 60_000);
      const ctx = await ctxFor(database.db, w.org, w.employee, () => at);
      await expect(eraseAccount(ctx, input), JSON.stringify(input)).rejects.toThrow(Invalid);
    }
    expect(await snapshot(w.employee)).toEqual(before);
  });

  test('password guesses are limited per account: the eleventh in 15 minutes is refused, even the right one', async () => {
    const w = await world();
    const ctx = await ctxFor(
      database.db,
      w.org,
      w.employee,
      () => new Date('2031-03-01T10:00:00Z'),
    );
    for (let i = 0; i < 10; i++) {
      await expect(eraseAccount(ctx, { password: `ghicit-${i}`, confirm: 'on' })).rejects.toThrow(
        Invalid,
      );
    }
    const before = await snapshot(w.employee);
    await expect(eraseAccount(ctx, { password: PASSWORD, confirm: 'on' })).rejects.toThrow(
      RateLimited,
    );
    expect(await snapshot(w.employee)).toEqual(before);
  });

  test('the last administrator of an organisation must hand over first', async () => {
    const w = await world();
    const db = database.db;
    await db.update(users).set({ passwordHash }).where(eq(users.id, w.admin.id));
    const asAdmin = await ctxFor(db, w.org, w.admin);
    expect((await erasurePreview(asAdmin)).lastAdminOf.map((o) => o.slug)).toEqual([w.org.slug]);
    const before = await snapshot(w.admin);

    const e = await eraseAccount(asAdmin, { password: PASSWORD, confirm: 'on' }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(LastAdmin);
    expect(e).toBeInstanceOf(Conflict);
    expect((e as LastAdmin).key).toBe('privacy.delete.last_admin');
    expect((e as LastAdmin).organisations.map((o) => o.slug)).toEqual([w.org.slug]);
    expect(await snapshot(w.admin)).toEqual(before);

    // Once someone else is an administrator too, they may go.
    await db
      .update(memberships)
      .set({ roles: ['employee', 'admin'] })
      .where(eq(memberships.userId, w.employee.id));
    expect((await erasurePreview(asAdmin)).lastAdminOf).toEqual([]);
    await eraseAccount(asAdmin, { password: PASSWORD, confirm: 'on' });
    const admins = await db
      .select()
      .from(memberships)
      .where(
        and(eq(memberships.organisationId, w.org.id), sql`'admin' = any(${memberships.roles})`),
      );
    expect(admins.map((m) => m.userId)).toEqual([w.employee.id]);
  });

  test('two administrators leaving at the same time cannot leave the organisation without one', async () => {
    const w = await world();
    const db = database.db;
    await db.update(users).set({ passwordHash }).where(eq(users.id, w.admin.id));
    await db
      .update(memberships)
      .set({ roles: ['employee', 'admin'] })
      .where(eq(memberships.userId, w.employee.id));
    const asAdmin = await ctxFor(db, w.org, w.admin);
    const asSecond = await ctxFor(db, w.org, w.employee);
    const results = await Promise.allSettled([
      eraseAccount(asAdmin, { password: PASSWORD, confirm: 'on' }),
      eraseAccount(asSecond, { password: PASSWORD, confirm: 'on' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refusal = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refusal.reason).toBeInstanceOf(Conflict);
    const admins = await db
      .select()
      .from(memberships)
      .where(
        and(eq(memberships.organisationId, w.org.id), sql`'admin' = any(${memberships.roles})`),
      );
    expect(admins).toHaveLength(1);
  });

  test('anonymous visitors cannot erase anything, and an erased account cannot be erased twice', async () => {
    const w = await world();
    await expect(
      eraseAccount(await ctxFor(database.db, w.org, null), { confirm: 'on' }),
    ).rejects.toThrow(Forbidden);
    await eraseAccount(w.asEmployee, { password: PASSWORD, confirm: 'on' });
    // A context built before the erasure (a request in flight) finds nothing left to erase.
    await expect(eraseAccount(w.asEmployee, { confirm: 'on' })).rejects.toThrow(Conflict);
  });
});
