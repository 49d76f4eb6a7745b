import { count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { outboxEmails } from './schema.ts';

export const OUTBOX_PAGE_SIZE = 20;

/** The organisation's e-mails, newest first: what administrators read when SMTP is off. */
export async function listOutbox(ctx: Ctx, query: { page?: string | null }) {
  authorize(ctx.actor, 'mail.read_outbox');
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .catch(1)
    .parse(query.page ?? undefined);
  const where = eq(outboxEmails.organisationId, ctx.org.id);
  const [total] = await ctx.db.select({ n: count() }).from(outboxEmails).where(where);
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
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
  const n = total?.n ?? 0;
  return { page, pages: Math.max(1, Math.ceil(n / OUTBOX_PAGE_SIZE)), total: n, emails };
}
