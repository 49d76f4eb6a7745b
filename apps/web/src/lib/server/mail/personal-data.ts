import { and, asc, gte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { outboxEmails } from './schema.ts';
import type { messages } from './messages.ts';

const toAddress = (user: User) => sql`lower(${outboxEmails.to}) = ${user.email.toLowerCase()}`;

/**
 * E-mails sent to their address since the account exists (an earlier, erased account with the
 * same address is someone else's history). Bodies stay out: they carry single-use links.
 */
async function exportEmails(db: Queryable, user: User) {
  const rows = await db
    .select({
      subject: outboxEmails.subject,
      createdAt: outboxEmails.createdAt,
      status: outboxEmails.status,
      sentAt: outboxEmails.sentAt,
    })
    .from(outboxEmails)
    .where(and(toAddress(user), gte(outboxEmails.createdAt, user.createdAt)))
    .orderBy(asc(outboxEmails.createdAt));
  return {
    emails: rows.map((r) => ({
      subject: r.subject,
      createdAt: r.createdAt.toISOString(),
      status: r.status,
      sentAt: r.sentAt ? r.sentAt.toISOString() : null,
    })),
  };
}

/** What was kept for them goes (the erasure's confirmation, queued after this, is the last). */
async function eraseEmails(ctx: TxCtx, user: User) {
  const gone = await ctx.db
    .delete(outboxEmails)
    .where(toAddress(user))
    .returning({ id: outboxEmails.id });
  return { emailsDeleted: gone.length };
}

export const mailPersonalData = {
  exported: ['privacy.data.item.emails'],
  removed: ['privacy.delete.removed.emails'],
  export: exportEmails,
  erase: eraseEmails,
} satisfies PersonalDataPart<typeof messages>;
