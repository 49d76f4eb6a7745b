import type { Logger } from 'pino';
import type { Actor } from '#lib/server/context.ts';
import type { Organisation } from '#lib/server/organisations/schema.ts';
import type { Locale } from '#lib/i18n/locales.ts';

declare global {
  namespace App {
    interface Locals {
      requestId: string;
      log: Logger;
      org: Organisation | null;
      actor: Actor | null;
      sessionId: string | null;
      locale: Locale;
    }
    interface Error {
      message: string;
      key?: string;
      id?: string;
    }
  }
}

export {};
