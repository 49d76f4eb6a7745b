import { and, asc, eq, gt, gte, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import type { LocalizedText } from '../db/columns.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordAudit } from '../audit/record.ts';
import { auditLog } from '../audit/schema.ts';
import { authorize } from '../permissions/can.ts';
import { outboxEmails } from '../mail/schema.ts';
import { departments, organisations } from '../organisations/schema.ts';
import { innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { accessibilityFeedback } from '../feedback/schema.ts';
import { memberships, oidcIdentities, sessions, type User } from './schema.ts';
import { getUser } from './users.ts';

/**
 * The right of access and to portability (GDPR art. 15 and 20): everything the platform holds
 * about the signed-in person, as plain JSON. Secrets never leave: no password hash, no session
 * or e-mail token (hashed or not), no e-mail bodies (they carry sign-in links).
 */
export interface PersonalData {
  format: 'innovato-r.personal-data.v1';
  exportedAt: string;
  account: {
    id: string;
    email: string;
    name: string;
    locale: string;
    emailVerified: boolean;
    emailVerifiedAt: string | null;
    hasPassword: boolean;
    createdAt: string;
    updatedAt: string;
  };
  memberships: {
    organisation: { slug: string; name: LocalizedText };
    roles: string[];
    department: { key: string; name: LocalizedText } | null;
    since: string;
  }[];
  proposals: {
    id: string;
    organisation: string;
    call: { id: string; title: LocalizedText };
    title: string;
    problem: string;
    solution: string;
    state: string;
    createdAt: string;
    updatedAt: string;
    submittedAt: string | null;
  }[];
  singleSignOnIdentities: { issuer: string; subject: string; linkedAt: string }[];
  activeSessions: { createdAt: string; expiresAt: string }[];
  activity: {
    action: string;
    resourceType: string;
    resourceId: string | null;
    organisation: string | null;
    at: string;
  }[];
  emails: { subject: string; createdAt: string; status: string; sentAt: string | null }[];
  accessibilityFeedback: {
    organisation: string;
    pageUrl: string | null;
    message: string;
    at: string;
  }[];
}

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** The signed-in person's data; the export itself is audited (`account.export`). */
export async function exportPersonalData(ctx: Ctx): Promise<PersonalData> {
  authorize(ctx.actor, 'account.manage_own');
  const userId = ctx.actor!.userId;
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    const user = await getUser(tx.db, userId);
    const data: PersonalData = {
      format: 'innovato-r.personal-data.v1',
      exportedAt: iso(now),
      account: {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        emailVerified: user.emailVerifiedAt !== null,
        emailVerifiedAt: isoOrNull(user.emailVerifiedAt),
        hasPassword: user.passwordHash !== null,
        createdAt: iso(user.createdAt),
        updatedAt: iso(user.updatedAt),
      },
      memberships: await membershipsOf(tx.db, userId),
      proposals: await proposalsOf(tx.db, userId),
      singleSignOnIdentities: (
        await tx.db
          .select()
          .from(oidcIdentities)
          .where(eq(oidcIdentities.userId, userId))
          .orderBy(asc(oidcIdentities.createdAt))
      ).map((i) => ({ issuer: i.issuer, subject: i.subject, linkedAt: iso(i.createdAt) })),
      activeSessions: (
        await tx.db
          .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
          .from(sessions)
          .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
          .orderBy(asc(sessions.createdAt))
      ).map((s) => ({ createdAt: iso(s.createdAt), expiresAt: iso(s.expiresAt) })),
      activity: await activityOf(tx.db, userId),
      emails: await emailsTo(tx.db, user),
      accessibilityFeedback: await feedbackFrom(tx.db, user),
    };
    await recordAudit(tx.db, tx, {
      action: 'account.export',
      resourceType: 'user',
      resourceId: userId,
    });
    return data;
  });
}

async function membershipsOf(db: Queryable, userId: string) {
  const rows = await db
    .select({
      slug: organisations.slug,
      orgName: organisations.name,
      roles: memberships.roles,
      departmentKey: departments.key,
      departmentName: departments.name,
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
    since: iso(r.since),
  }));
}

async function proposalsOf(db: Queryable, userId: string) {
  const rows = await db
    .select({ proposal: proposals, callTitle: innovationCalls.title, slug: organisations.slug })
    .from(proposals)
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .innerJoin(organisations, eq(organisations.id, proposals.organisationId))
    .where(eq(proposals.authorId, userId))
    .orderBy(asc(proposals.createdAt), asc(proposals.id));
  return rows.map(({ proposal: p, callTitle, slug }) => ({
    id: p.id,
    organisation: slug,
    call: { id: p.callId, title: callTitle },
    title: p.title,
    problem: p.problem,
    solution: p.solution,
    state: p.state,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    submittedAt: isoOrNull(p.submittedAt),
  }));
}

/** What they did, as the audit log has it: the action and its target, never the snapshots. */
async function activityOf(db: Queryable, userId: string) {
  const rows = await db
    .select({
      action: auditLog.action,
      resourceType: auditLog.resourceType,
      resourceId: auditLog.resourceId,
      organisation: organisations.slug,
      at: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
    .where(eq(auditLog.actorId, userId))
    .orderBy(asc(auditLog.seq));
  return rows.map((r) => ({ ...r, at: iso(r.at) }));
}

/**
 * E-mails sent to their address since the account exists (an earlier, erased account with the
 * same address is someone else's history). Bodies stay out: they carry single-use links.
 */
async function emailsTo(db: Queryable, user: User) {
  const rows = await db
    .select({
      subject: outboxEmails.subject,
      createdAt: outboxEmails.createdAt,
      status: outboxEmails.status,
      sentAt: outboxEmails.sentAt,
    })
    .from(outboxEmails)
    .where(
      and(
        sql`lower(${outboxEmails.to}) = ${user.email.toLowerCase()}`,
        gte(outboxEmails.createdAt, user.createdAt),
      ),
    )
    .orderBy(asc(outboxEmails.createdAt));
  return rows.map((r) => ({
    subject: r.subject,
    createdAt: iso(r.createdAt),
    status: r.status,
    sentAt: isoOrNull(r.sentAt),
  }));
}

/**
 * Accessibility feedback left with their address, only once they have proved they own it:
 * an unconfirmed account must not read what the address's real owner wrote.
 */
async function feedbackFrom(db: Queryable, user: User) {
  if (!user.emailVerifiedAt) return [];
  const rows = await db
    .select({
      organisation: organisations.slug,
      pageUrl: accessibilityFeedback.pageUrl,
      message: accessibilityFeedback.message,
      at: accessibilityFeedback.createdAt,
    })
    .from(accessibilityFeedback)
    .innerJoin(organisations, eq(organisations.id, accessibilityFeedback.organisationId))
    .where(sql`lower(${accessibilityFeedback.email}) = ${user.email.toLowerCase()}`)
    .orderBy(asc(accessibilityFeedback.createdAt));
  return rows.map((r) => ({ ...r, at: iso(r.at) }));
}
