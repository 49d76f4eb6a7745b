import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { generateHOTP } from '@oslojs/otp';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import { Conflict, Invalid, RateLimited } from '../errors.ts';
import { unseal } from '../secrets.ts';
import { updateOrganisationSettings } from '../organisations/settings.ts';
import { organisations } from '../organisations/schema.ts';
import { hashPassword } from './passwords.ts';
import { users, type User } from './schema.ts';
import { completeSecondFactor, signIn } from './sign-in.ts';
import { stepAt } from './two-factor-codes.ts';
import {
  confirmTwoFactor,
  disableTwoFactor,
  startTwoFactorSetup,
  twoFactorStatus,
} from './two-factor.ts';
import { withTwoFactorPolicy } from './two-factor-policy.ts';
import { actorFor } from './sessions.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const PASSWORD = 'cal verde pe deal 42';
let clock = new Date('2026-06-01T09:00:00Z');
const tick = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));

/** What the person's authenticator app shows now, for the secret stored (or pending) for them. */
async function appCode(user: User, which: 'pending' | 'active' = 'active', at = clock) {
  const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
  const sealed = which === 'pending' ? row!.totpPendingSealed! : row!.totpSecretSealed!;
  const key = new Uint8Array(Buffer.from(unseal('totp', sealed), 'base64'));
  return generateHOTP(key, BigInt(stepAt(at)), 6);
}

async function personWithTwoFactor() {
  const org = await makeOrganisation(database.db);
  const user = await makeUser(database.db, org, ['admin', 'employee'], {
    passwordHash: await hashPassword(PASSWORD),
  });
  const ctx = await ctxFor(database.db, org, user, () => clock);
  await startTwoFactorSetup(ctx);
  expect((await twoFactorStatus(ctx)).pending?.qrSvg).toContain('<svg');
  await expect(confirmTwoFactor(ctx, { code: '000000' })).rejects.toThrow(Invalid);
  const codes = await confirmTwoFactor(ctx, { code: await appCode(user, 'pending') });
  return { org, user, ctx, codes };
}

describe('two-factor sign-in', () => {
  test('set up with a first code; ten recovery codes, shown once, kept hashed', async () => {
    const { ctx, codes, user } = await personWithTwoFactor();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const status = await twoFactorStatus(ctx);
    expect(status).toMatchObject({ enabled: true, recoveryCodesLeft: 10, pending: null });
    const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(JSON.stringify(row)).not.toContain(codes[0]);
    expect(row!.totpSecretSealed).toMatch(/^v1\./);
  });

  test('a right password then waits for the code; a code works once; recovery codes once each', async () => {
    const { org, user, codes } = await personWithTwoFactor();
    tick(60);
    const anonymous = await ctxFor(database.db, org, null, () => clock);
    const first = await signIn(
      anonymous,
      { email: user.email, password: PASSWORD },
      { ip: '192.0.2.1' },
    );
    expect(first).toEqual({ secondFactor: { userId: user.id } });
    const code = await appCode(user);
    await expect(completeSecondFactor(anonymous, user.id, { code })).resolves.toMatchObject({
      user: { id: user.id },
    });
    // The same code again (a replay): refused.
    await expect(completeSecondFactor(anonymous, user.id, { code })).rejects.toThrow(Invalid);
    // A recovery code, typed in upper case with spaces: once.
    const recovery = codes[3]!.toUpperCase().replace('-', ' - ');
    await expect(
      completeSecondFactor(anonymous, user.id, { code: recovery }),
    ).resolves.toBeTruthy();
    await expect(completeSecondFactor(anonymous, user.id, { code: recovery })).rejects.toThrow(
      Invalid,
    );
  });

  test('five wrong codes and the account waits, whatever the code', async () => {
    const { org, user } = await personWithTwoFactor(); // one wrong code during the setup
    const anonymous = await ctxFor(database.db, org, null, () => clock);
    for (let i = 0; i < 4; i++) {
      await expect(completeSecondFactor(anonymous, user.id, { code: '123456' })).rejects.toThrow(
        Invalid,
      );
    }
    tick(31);
    await expect(
      completeSecondFactor(anonymous, user.id, { code: await appCode(user) }),
    ).rejects.toThrow(RateLimited);
  });

  test('an organisation can require it of its administrators', async () => {
    const { org, user, ctx } = await personWithTwoFactor();
    const other = await makeUser(database.db, org, ['admin', 'employee']);
    const asOther = await ctxFor(database.db, org, other, () => clock);
    const settings = {
      name_ro: 'Primăria Municipiului Cluj-Napoca',
      timeZone: 'Europe/Bucharest',
      defaultLocale: 'ro',
      requireAdminTwoFactor: 'on',
    };
    // Not by an administrator who does not use it: they would lock themselves out.
    const refused = (await updateOrganisationSettings(asOther, settings).catch(
      (e: unknown) => e,
    )) as Invalid;
    expect(refused.fields).toEqual({
      requireAdminTwoFactor: 'organisation_admin.require_two_factor.self_first',
    });
    await updateOrganisationSettings(ctx, settings);
    const [required] = await database.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, org.id));
    // The other administrator keeps their other roles; the admin role waits for two-factor.
    const held = withTwoFactorPolicy(await actorFor(database.db, other, org.id), other, required!);
    expect(held.roles).toEqual(['employee']);
    expect(held.awaitingTwoFactor).toEqual(['admin']);
    const [me] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(
      withTwoFactorPolicy(await actorFor(database.db, me!, org.id), me!, required!).roles,
    ).toContain('admin');
    // And the one who has it cannot turn it off while it is required.
    await expect(disableTwoFactor(ctx, { code: await appCode(user) })).rejects.toThrow(Conflict);
  });
});
