import { and, eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import type { Queryable } from '../db/client.ts';
import { outboxEmails } from '../mail/schema.ts';
import { auditLog } from '../audit/schema.ts';
import { users } from './schema.ts';

/** Test helpers of the accounts module (not used by the application). */

export const meta = (ip = '203.0.113.7') => ({ ip });

export async function mailsTo(db: Queryable, to: string) {
  return db.select().from(outboxEmails).where(eq(outboxEmails.to, to));
}

export async function auditActions(db: Queryable, resourceId: string) {
  const rows = await db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.resourceId, resourceId))
    .orderBy(auditLog.seq);
  return rows.map((r) => r.action);
}

export async function auditCount(db: Queryable, action: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.action, action)));
  return row!.n;
}

export async function userCount(db: Queryable) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row!.n;
}

export function linkToken(text: string, path: string) {
  const match = new RegExp(`${path.replace(/[/?]/g, '\\$&')}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return match[1]!;
}

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

/** A local SMTP server on a random port that keeps what it receives. */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          received.push({
            to: to?.value[0]?.address ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A sign-in that opened a session (not one waiting for a second factor): fails otherwise. */
export function sessionOf<T extends object>(result: T): Extract<T, { token: string }> {
  if (!('token' in result)) throw new Error(`expected a session, got ${JSON.stringify(result)}`);
  return result as Extract<T, { token: string }>;
}
