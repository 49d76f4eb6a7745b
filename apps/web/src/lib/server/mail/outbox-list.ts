import { count, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { countOf, paginate, readPage } from '../lists/paging.ts';
import { outboxEmails } from './schema.ts';

export const OUTBOX_PAGE_SIZE = 20;

/** The organisation's e-mails, newest first: what administrators read when SMTP is off. */
export async function listOutbox(ctx: Ctx, query: { page?: string | null }) {
  authorize(ctx.actor, 'mail.read_outbox');
  const where = eq(outboxEmails.organisationId, ctx.org.id);
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
      text: outboxEmails.text,
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
