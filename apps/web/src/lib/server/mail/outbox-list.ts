import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { countOf, paginate, readPage } from '../lists/paging.ts';
import { memberships } from '../accounts/schema.ts';
import { outboxEmails } from './schema.ts';

export const OUTBOX_PAGE_SIZE = 20;

/**
 * The organisation's e-mails to its own people, newest first, never with a secret in them:
 * account mails (verification, password reset) belong to no organisation and are not listed,
 * and a mail's one-time links are shown masked (decision 012).
 */
export async function listOutbox(ctx: Ctx, query: { page?: string | null }) {
  authorize(ctx.actor, 'mail.read_outbox');
  const members = ctx.db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(eq(memberships.organisationId, ctx.org.id));
  const where = and(
    eq(outboxEmails.organisationId, ctx.org.id),
    inArray(outboxEmails.recipientUserId, members),
  );
  const paged = paginate(
    await countOf(ctx.db.select({ n: count() }).from(outboxEmails).where(where)),
    readPage(query.page),
    OUTBOX_PAGE_SIZE,
  );
  const emails = await ctx.db
    .select({
      id: outboxEmails.id,
      to: outboxEmails.to,
      subject: outboxEmails.subject,
      text: sql<string>`coalesce(${outboxEmails.redactedText}, ${outboxEmails.text})`,
      status: outboxEmails.status,
      createdAt: outboxEmails.createdAt,
      sentAt: outboxEmails.sentAt,
    })
    .from(outboxEmails)
    .where(where)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(paged.size)
    .offset(paged.offset);
  return { ...paged, emails };
}
