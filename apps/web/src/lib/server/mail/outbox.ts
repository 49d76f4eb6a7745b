import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { dueBy } from '../db/columns.ts';
import type { Queryable } from '../db/client.ts';
import { outboxEmails } from './schema.ts';

export interface EmailMessage {
  /** Null for mails about the account itself, which no organisation's administrators read. */
  organisationId: string | null;
  recipientUserId?: string | null;
  to: string;
  subject: string;
  text: string;
  /** What in the text only the recipient may ever read (one-time links, codes). */
  secrets?: string[];
}

/** The text with each secret replaced by a marker: what anyone but the recipient may see. */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((t, secret) => (secret ? t.split(secret).join('[…]') : t), text);
}

/** Queues an e-mail in the caller's transaction; it leaves only if the change commits. */
export async function queueEmail(db: Queryable, { secrets = [], ...message }: EmailMessage) {
  const live = secrets.filter(Boolean);
  await db
    .insert(outboxEmails)
    .values({ ...message, redactedText: live.length ? redact(message.text, live) : null });
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
        .where(and(eq(outboxEmails.status, 'pending'), dueBy(outboxEmails.nextAttemptAt, now)))
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
        // Delivered: the secret has reached its recipient and is not kept here any longer.
        await tx
          .update(outboxEmails)
          .set({
            status: 'sent',
            sentAt: now,
            attempts: row.attempts + 1,
            text: row.redactedText ?? row.text,
          })
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

/** Delivered, stored and failed mails older than the retention period go (house-keeping). */
export async function purgeOldMail(db: Queryable, now: Date, retentionDays: number) {
  await db
    .delete(outboxEmails)
    .where(
      and(
        sql`${outboxEmails.status} <> 'pending'`,
        lt(outboxEmails.createdAt, new Date(now.getTime() - retentionDays * 86_400_000)),
      ),
    );
}
