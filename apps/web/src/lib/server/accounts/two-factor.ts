import { and, eq, isNull, sql } from 'drizzle-orm';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI } from '@oslojs/otp';
import { renderSVG } from 'uqr';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid, RateLimited } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { peek, record, type RateLimit } from '../rate-limits/rate-limit.ts';
import { seal, unseal } from '../secrets.ts';
import { parseInput } from '../validation/parse.ts';
import { organisations } from '../organisations/schema.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { memberships, recoveryCodes, users, type User } from './schema.ts';
import { getUser } from './users.ts';
import {
  acceptedStep,
  DIGITS,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpKey,
  normaliseRecoveryCode,
  PERIOD_SECONDS,
} from './two-factor-codes.ts';

/** Wrong second factors: at most 5 per account in 15 minutes (a code has a million values). */
const SECOND_FACTOR_TRIES: RateLimit = { limit: 5, windowSeconds: 15 * 60 };

const codeSchema = z.object({
  code: z
    .string({ error: 'form.required' satisfies MessageKey })
    .transform((s) => s.replace(/\s+/g, ''))
    .refine((s) => s.length > 0, { message: 'form.required' satisfies MessageKey })
    .refine((s) => s.length <= 20, {
      message: 'accounts.two_factor.code_wrong' satisfies MessageKey,
    }),
});

const keyOf = (sealed: string) => new Uint8Array(Buffer.from(unseal('totp', sealed), 'base64'));

/** Where the person stands, for the two-factor page. */
export async function twoFactorStatus(ctx: Ctx) {
  authorize(ctx.actor, 'account.manage_own');
  const user = await getUser(ctx.db, ctx.actor!.userId);
  const [left] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
  return {
    enabled: !!user.totpEnabledAt,
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft: left!.n,
    requiredHere: (await organisationsRequiring(ctx.db, user.id)).length > 0,
    // A setup begun and not yet confirmed: shown until its first code confirms it.
    pending: user.totpPendingSealed && !user.totpEnabledAt ? setupView(user) : null,
  };
}

/** The pending secret as the setup page shows it: a QR code and the key as text. */
function setupView(user: User) {
  const key = keyOf(user.totpPendingSealed!);
  const uri = createTOTPKeyURI('Innovato-R', user.email, key, PERIOD_SECONDS, DIGITS);
  const secret = encodeBase32UpperCaseNoPadding(key)
    .replace(/(.{4})/g, '$1 ')
    .trim();
  return { secret, qrSvg: renderSVG(uri, { border: 2 }) };
}

/**
 * Starts setting up: a new secret, kept sealed as pending until a first code confirms it (the
 * page shows it as a QR code and as text for authenticator apps).
 */
export async function startTwoFactorSetup(ctx: Ctx) {
  authorize(ctx.actor, 'account.manage_own');
  const user = await getUser(ctx.db, ctx.actor!.userId);
  if (user.totpEnabledAt) throw new Conflict('accounts.two_factor.already_on');
  const key = newTotpKey();
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(users)
      .set({ totpPendingSealed: seal('totp', Buffer.from(key).toString('base64')) })
      .where(eq(users.id, user.id));
    await recordAudit(tx.db, tx, {
      action: 'account.two_factor_setup_started',
      resourceType: 'user',
      resourceId: user.id,
    });
  });
}

/** The first code confirms the pending secret: two-factor is on; recovery codes shown once. */
export async function confirmTwoFactor(ctx: Ctx, input: unknown): Promise<string[]> {
  authorize(ctx.actor, 'account.manage_own');
  const { code } = parseInput(codeSchema, input);
  const userId = ctx.actor!.userId;
  await refuseIfTooManyTries(ctx, userId);
  const codes = newRecoveryCodes();
  const ok = await inTransaction(ctx, async (tx) => {
    const [user] = await tx.db.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user?.totpPendingSealed) throw new Conflict('accounts.two_factor.setup_expired');
    const step = acceptedStep(keyOf(user.totpPendingSealed), code, tx.now(), null);
    if (step === null) return false;
    await tx.db
      .update(users)
      .set({
        totpSecretSealed: user.totpPendingSealed,
        totpPendingSealed: null,
        totpEnabledAt: tx.now(),
        totpLastStep: step,
        updatedAt: tx.now(),
      })
      .where(eq(users.id, userId));
    await replaceRecoveryCodes(tx.db, userId, codes);
    await recordAudit(tx.db, tx, {
      action: 'account.two_factor_enable',
      resourceType: 'user',
      resourceId: userId,
    });
    return true;
  });
  if (!ok) await wrongCode(ctx, userId);
  return codes;
}

/** New recovery codes (the old ones stop working), after a current code. */
export async function regenerateRecoveryCodes(ctx: Ctx, input: unknown): Promise<string[]> {
  authorize(ctx.actor, 'account.manage_own');
  const userId = ctx.actor!.userId;
  await verifySecondFactor(ctx, userId, input);
  const codes = newRecoveryCodes();
  await inTransaction(ctx, async (tx) => {
    await replaceRecoveryCodes(tx.db, userId, codes);
    await recordAudit(tx.db, tx, {
      action: 'account.two_factor_recovery_codes',
      resourceType: 'user',
      resourceId: userId,
    });
  });
  return codes;
}

/** Turns two-factor off, after a current code; refused where an organisation requires it. */
export async function disableTwoFactor(ctx: Ctx, input: unknown) {
  authorize(ctx.actor, 'account.manage_own');
  const userId = ctx.actor!.userId;
  const requiring = await organisationsRequiring(ctx.db, userId);
  if (requiring.length) throw new Conflict('accounts.two_factor.required_here');
  await verifySecondFactor(ctx, userId, input);
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(users)
      .set({
        totpSecretSealed: null,
        totpPendingSealed: null,
        totpEnabledAt: null,
        totpLastStep: null,
        updatedAt: tx.now(),
      })
      .where(eq(users.id, userId));
    await tx.db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await recordAudit(tx.db, tx, {
      action: 'account.two_factor_disable',
      resourceType: 'user',
      resourceId: userId,
    });
  });
}

/**
 * Checks a second factor — a code from the app, or a recovery code (used up) — for a person
 * signing in or confirming a change. Wrong codes count against the account.
 */
export async function verifySecondFactor(ctx: Ctx, userId: string, input: unknown) {
  const { code } = parseInput(codeSchema, input);
  await refuseIfTooManyTries(ctx, userId);
  const ok = await inTransaction(ctx, async (tx) => {
    const [user] = await tx.db.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user?.totpSecretSealed) return false;
    if (/^\d+$/.test(code)) return acceptTotp(tx.db, user, code, tx.now());
    return useRecoveryCode(tx.db, userId, code, tx.now());
  });
  if (!ok) await wrongCode(ctx, userId);
}

async function acceptTotp(db: Queryable, user: User, code: string, now: Date) {
  const step = acceptedStep(keyOf(user.totpSecretSealed!), code, now, user.totpLastStep);
  if (step === null) return false;
  await db.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id));
  return true;
}

async function useRecoveryCode(db: Queryable, userId: string, code: string, now: Date) {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(normaliseRecoveryCode(code))),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}

async function replaceRecoveryCodes(db: Queryable, userId: string, codes: string[]) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db
    .insert(recoveryCodes)
    .values(codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })));
}

const triesKey = (userId: string) => `second_factor_failed:user:${userId}`;

async function refuseIfTooManyTries(ctx: Ctx, userId: string) {
  const tries = await peek(ctx.db, triesKey(userId), SECOND_FACTOR_TRIES, ctx.now());
  if (tries.over) throw new RateLimited(tries.retryAfter);
}

async function wrongCode(ctx: Ctx, userId: string): Promise<never> {
  await record(ctx.db, triesKey(userId), SECOND_FACTOR_TRIES, ctx.now());
  throw new Invalid({ code: 'accounts.two_factor.code_wrong' });
}

/** Organisations where this person is an administrator and two-factor is required of them. */
export function organisationsRequiring(db: Queryable, userId: string) {
  return db
    .select({ id: organisations.id })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(memberships.userId, userId),
        sql`'admin' = any(${memberships.roles})`,
        eq(organisations.requireAdminTwoFactor, true),
      ),
    );
}
