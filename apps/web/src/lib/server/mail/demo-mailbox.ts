import type { Cookies } from '@sveltejs/kit';
import { desc, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { config } from '../config.ts';
import type { Queryable } from '../db/client.ts';
import { signValue, verifySigned } from '../secrets.ts';
import { outboxEmails } from './schema.ts';

/**
 * The demo mailbox (decision 012): in demo mode without SMTP, mails are kept instead of sent,
 * and a newcomer needs the verification or reset link that was "sent" to them. They read it here
 * — only mails to their own address (signed in) or to the addresses this browser asked mails
 * for (a signed cookie set by the sign-up and reset forms). Never an administrator's view of
 * others' mail, and off whenever SMTP is configured or demo mode is off (production).
 */
export const DEMO_MAILBOX_COOKIE = 'demo_mailbox';
const MAX_ADDRESSES = 5;

export function demoMailboxOn(): boolean {
  const c = config();
  return c.demo && !c.SMTP_URL;
}

const addresses = z.array(z.string().max(254)).max(MAX_ADDRESSES);

/** The addresses this browser asked mails for, from its signed cookie. */
export function mailboxAddresses(cookies: Cookies): string[] {
  const value = verifySigned(cookies.get(DEMO_MAILBOX_COOKIE));
  if (!value) return [];
  try {
    return addresses.parse(JSON.parse(value));
  } catch {
    return [];
  }
}

/** Remembers, in this browser only, that it asked a mail for this address. */
export function rememberRecipient(cookies: Cookies, url: URL, address: unknown) {
  if (!demoMailboxOn() || typeof address !== 'string' || !address.includes('@')) return;
  const list = [address.trim().toLowerCase(), ...mailboxAddresses(cookies)];
  const kept = [...new Set(list)].slice(0, MAX_ADDRESSES);
  cookies.set(DEMO_MAILBOX_COOKIE, signValue(JSON.stringify(kept)), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    maxAge: 86_400,
  });
}

/** The newest mails to these addresses, whole (the demo's recipients read their own links). */
export async function demoMailbox(db: Queryable, to: string[]) {
  if (!to.length) return [];
  return db
    .select({
      id: outboxEmails.id,
      to: outboxEmails.to,
      subject: outboxEmails.subject,
      text: outboxEmails.text,
      createdAt: outboxEmails.createdAt,
    })
    .from(outboxEmails)
    .where(inArray(sql`lower(${outboxEmails.to})`, to))
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(20);
}
