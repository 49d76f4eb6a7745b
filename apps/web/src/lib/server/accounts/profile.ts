import { parseInput } from '../validation/parse.ts';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Invalid, RateLimited } from '../errors.ts';
import { peek, record, type RateLimit } from '../rate-limits/rate-limit.ts';
import { passwordProblem } from './password-strength.ts';

/** Wrong current passwords on the profile: at most 5 per account in 15 minutes. */
const CURRENT_PASSWORD_CHECKS: RateLimit = { limit: 5, windowSeconds: 15 * 60 };
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { hasRole } from '../context.ts';
import { uuidField } from '../validation/fields.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { deleteUserSessions, createSession } from './sessions.ts';
import { memberships, users } from './schema.ts';
import { currentPassword, localeField, nameField, newPassword } from './input.ts';
import { ensureMembership, getUser } from './users.ts';
import { departmentTree } from '../organisations/department-tree.ts';
import { queueAccountMail } from './mails.ts';

export const profileSchema = z.object({
  name: nameField(),
  locale: localeField(),
  departmentId: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(uuidField().optional()),
});

export const passwordChangeSchema = z.object({
  currentPassword: currentPassword(),
  password: newPassword(),
});

/** What the profile page shows: the user, their roles and department here, the departments. */
export async function getProfile(ctx: Ctx) {
  authorize(ctx.actor, 'account.manage_own');
  const user = await getUser(ctx.db, ctx.actor!.userId);
  const isEmployee = hasRole(ctx.actor, 'employee');
  return {
    name: user.name,
    email: user.email,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    hasPassword: user.passwordHash !== null,
    roles: ctx.actor!.roles,
    departmentId: ctx.actor!.departmentId,
    departments: isEmployee ? await departmentTree(ctx.db, ctx.org.id) : [],
  };
}

/** Name and language; the department too, for employees (one of this organisation's). */
export async function updateProfile(ctx: Ctx, input: unknown) {
  authorize(ctx.actor, 'account.manage_own');
  const data = parseInput(profileSchema, input);
  const actor = ctx.actor!;
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    const before = await getUser(tx.db, actor.userId);
    const [after] = await tx.db
      .update(users)
      .set({ name: data.name, locale: data.locale, updatedAt: now })
      .where(eq(users.id, actor.userId))
      .returning();
    const { membership } = await ensureMembership(tx.db, tx.org.id, actor.userId, now);
    let departmentChange: { before: string | null; after: string | null } | undefined;
    if (membership.roles.includes('employee')) {
      const departmentId = data.departmentId ?? null;
      if (departmentId !== membership.departmentId) {
        await tx.db
          .update(memberships)
          .set({ departmentId, updatedAt: now })
          .where(eq(memberships.id, membership.id));
        departmentChange = { before: membership.departmentId, after: departmentId };
      }
    }
    await recordAudit(tx.db, tx, {
      action: 'account.profile_update',
      resourceType: 'user',
      resourceId: actor.userId,
      before: { name: before.name, locale: before.locale, departmentId: departmentChange?.before },
      after: { name: after!.name, locale: after!.locale, departmentId: departmentChange?.after },
    });
    return after!;
  });
}

/**
 * Changes the password, the current one required. Every other session ends; the caller gets a
 * fresh session to replace the one in use.
 */
export async function changePassword(ctx: Ctx, input: unknown) {
  authorize(ctx.actor, 'account.manage_own');
  const data = parseInput(passwordChangeSchema, input);
  const user = await getUser(ctx.db, ctx.actor!.userId);
  const problem = passwordProblem(data.password, user);
  if (problem) throw new Invalid({ password: problem });
  // A stolen session must not become an unlimited oracle for the current password.
  const key = `password_check_failed:user:${user.id}`;
  const tried = await peek(ctx.db, key, CURRENT_PASSWORD_CHECKS, ctx.now());
  if (tried.over) throw new RateLimited(tried.retryAfter);
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    await record(ctx.db, key, CURRENT_PASSWORD_CHECKS, ctx.now());
    throw new Invalid({ currentPassword: 'accounts.password.current_wrong' });
  }
  const passwordHash = await hashPassword(data.password);
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    await tx.db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, user.id));
    await deleteUserSessions(tx.db, user.id);
    const session = await createSession(tx.db, user.id, now);
    await queueAccountMail(tx.db, tx.org, 'password_changed', user);
    await recordAudit(tx.db, tx, {
      action: 'account.password_change',
      resourceType: 'user',
      resourceId: user.id,
    });
    return session;
  });
}
