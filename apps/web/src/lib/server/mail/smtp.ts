import nodemailer from 'nodemailer';
import type { Transport } from './outbox.ts';

/** An SMTP transport from SMTP_URL (smtp://user:pass@host:port or smtps://…). */
export function smtpTransport(url: string, from: string): Transport {
  const transporter = nodemailer.createTransport(url);
  return async ({ to, subject, text }) => {
    await transporter.sendMail({ from, to, subject, text });
  };
}
