import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { outboxEmails } from './schema.ts';

export interface EmailMessage {
  organisationId: string | null;
  to: string;
  subject: string;
  text: string;
}

/** Queues an e-mail in the caller's transaction; it leaves only if the change commits. */
export async function queueEmail(db: Queryable, message: EmailMessage) {
  await db.insert(outboxEmails).values(message);
}

export type Transport = (message: { to: string; subject: string; text: string }) => Promise<void>;

/**
 * Delivers pending e-mails. Rows are claimed with SKIP LOCKED so several app processes can run
 * this at once without sending twice. Without a transport (no SMTP configured) e-mails are
 * marked `stored` and stay readable by administrators.
 */
export async function deliverPending(
  db: Queryable,
  transport: Transport | null,
  now: Date,
  batch = 20,
) {
  let delivered = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(outboxEmails)
        .where(and(eq(outboxEmails.status, 'pending'), lte(outboxEmails.nextAttemptAt, now)))
        .orderBy(asc(outboxEmails.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!row) return false;
      if (!transport) {
        await tx.update(outboxEmails).set({ status: 'stored' }).where(eq(outboxEmails.id, row.id));
        return true;
      }
      try {
        await transport({ to: row.to, subject: row.subject, text: row.text });
        await tx
          .update(outboxEmails)
          .set({ status: 'sent', sentAt: now, attempts: row.attempts + 1 })
          .where(eq(outboxEmails.id, row.id));
      } catch (error) {
        const attempts = row.attempts + 1;
        // Back off 1, 2, 4 … minutes; give up after 8 attempts.
        await tx
          .update(outboxEmails)
          .set({
            attempts,
            lastError: String(error).slice(0, 500),
            status: attempts >= 8 ? 'failed' : 'pending',
            nextAttemptAt: sql`${now}::timestamptz + make_interval(mins => ${2 ** (attempts - 1)})`,
          })
          .where(eq(outboxEmails.id, row.id));
      }
      return true;
    });
    if (!done || ++delivered >= batch) return delivered;
  }
}
