import { and, asc, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import { departments, organisations } from '../organisations/schema.ts';
import {
  emailTokens,
  memberships,
  oidcIdentities,
  recoveryCodes,
  sessions,
  users,
  type User,
} from './schema.ts';
import type { messages } from './messages.ts';

const iso = (d: Date) => d.toISOString();

/** The name an erased account keeps as the (anonymised) author of what stays. */
export const ERASED_NAME = 'Cont șters';
export const erasedEmail = (userId: string) => `deleted-${userId}@invalid`;

/** The account, its memberships, linked identities and live sessions; never a secret. */
async function exportAccount(db: Queryable, user: User, now: Date) {
  return {
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      emailVerified: user.emailVerifiedAt !== null,
      emailVerifiedAt: user.emailVerifiedAt ? iso(user.emailVerifiedAt) : null,
      hasPassword: user.passwordHash !== null,
      createdAt: iso(user.createdAt),
      updatedAt: iso(user.updatedAt),
    },
    memberships: await membershipsOf(db, user.id),
    singleSignOnIdentities: (
      await db
        .select()
        .from(oidcIdentities)
        .where(eq(oidcIdentities.userId, user.id))
        .orderBy(asc(oidcIdentities.createdAt))
    ).map((i) => ({ issuer: i.issuer, subject: i.subject, linkedAt: iso(i.createdAt) })),
    activeSessions: (
      await db
        .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
        .from(sessions)
        .where(and(eq(sessions.userId, user.id), gt(sessions.expiresAt, now)))
        .orderBy(asc(sessions.createdAt))
    ).map((s) => ({ createdAt: iso(s.createdAt), expiresAt: iso(s.expiresAt) })),
  };
}

async function membershipsOf(db: Queryable, userId: string) {
  const rows = await db
    .select({
      slug: organisations.slug,
      orgName: organisations.name,
      roles: memberships.roles,
      departmentKey: departments.key,
      departmentName: departments.name,
      staffGrade: memberships.staffGrade,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(departments, eq(departments.id, memberships.departmentId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
  return rows.map((r) => ({
    organisation: { slug: r.slug, name: r.orgName },
    roles: r.roles,
    department:
      r.departmentKey && r.departmentName ? { key: r.departmentKey, name: r.departmentName } : null,
    staffGrade: r.staffGrade,
    since: iso(r.since),
  }));
}

/**
 * Ends every way in (sessions, e-mail tokens, linked identities), every membership, and
 * anonymises the user row: it stays, marked erased, only as the author of what others rely on.
 */
async function eraseAccountRows(ctx: TxCtx, user: User) {
  const now = ctx.now();
  const left = await ctx.db
    .delete(memberships)
    .where(eq(memberships.userId, user.id))
    .returning({ id: memberships.id });
  await ctx.db.delete(sessions).where(eq(sessions.userId, user.id));
  await ctx.db.delete(emailTokens).where(eq(emailTokens.userId, user.id));
  await ctx.db.delete(oidcIdentities).where(eq(oidcIdentities.userId, user.id));
  await ctx.db.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
  await ctx.db
    .update(users)
    .set({
      name: ERASED_NAME,
      email: erasedEmail(user.id),
      passwordHash: null,
      // The second factor is a secret of the person's own, like the password.
      totpSecretSealed: null,
      totpPendingSealed: null,
      totpEnabledAt: null,
      totpLastStep: null,
      emailVerifiedAt: null,
      erasedAt: now,
      updatedAt: now,
    })
    .where(eq(users.id, user.id));
  return { membershipsEnded: left.length };
}

export const accountsPersonalData = {
  exported: [
    'privacy.data.item.account',
    'privacy.data.item.memberships',
    'privacy.data.item.identities',
    'privacy.data.item.sessions',
  ],
  removed: [
    'privacy.delete.removed.identity',
    'privacy.delete.removed.access',
    'privacy.delete.removed.memberships',
  ],
  export: exportAccount,
  erase: eraseAccountRows,
} satisfies PersonalDataPart<typeof messages>;
