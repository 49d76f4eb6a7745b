import type { Catalog } from '../i18n/catalog.ts';
import type { Ctx } from './context.ts';
import type { Db, Queryable, Tx } from './db/client.ts';
import type { Rule } from './permissions/rule.ts';
import type { User } from './accounts/schema.ts';
import type { DemoWorld } from './seed/world.ts';

/**
 * What a module tells the platform about itself. Each module folder under `lib/server/` has a
 * `manifest.ts` exporting one of these, and `modules.ts` lists the manifests once; everything
 * that used to be wired by hand into central lists (permissions, constraint errors, the
 * personal-data export and erasure, the admin index, house-keeping, the demo seed, the pages
 * the browser tests visit, the message catalogue) reads the list instead.
 * See docs/decisions/008-module-manifests.md.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule has its own resource
export type Rules = Record<string, Rule<any>>;

/** A transaction-bound context: what commands pass to the parts they call. */
export type TxCtx = Ctx & { db: Tx };

export interface PersonalDataPart<M extends Catalog = Catalog> {
  /** What the export holds from this module, in words (the "your data" page lists them). */
  exported?: (keyof M & string)[];
  /** What erasing an account removes here, and what it keeps (the erasure page lists them). */
  removed?: (keyof M & string)[];
  kept?: (keyof M & string)[];
  /**
   * This module's part of a person's data export (GDPR art. 15 and 20): JSON-able sections
   * under their own names. Never secrets (hashes, tokens, links that carry them).
   */
  export?(db: Queryable, user: User, now: Date): Promise<Record<string, unknown>>;
  /**
   * Erases or anonymises what this module holds about the person (GDPR art. 17), inside the
   * erasure's transaction. The module decides: delete what nobody else relies on, anonymise what
   * must stay (a submitted proposal, a secret ballot, a blind score). Returns counts for the
   * audit entry.
   */
  erase?(ctx: TxCtx, user: User): Promise<Record<string, number>>;
}

/** A link on the administration index, shown to whoever the module's rule allows. */
export interface AdminTool<R extends Rules, M extends Catalog> {
  /** The path of the tool (under /admin). */
  href: `/admin/${string}`;
  title: keyof M & string;
  description: keyof M & string;
  /** One of the module's own rules, taking no resource. */
  action: keyof R & string;
}

/** Periodic work (clean-ups, reminders). Idempotent: several processes may run it at once. */
export interface Job {
  name: string;
  everyMs: number;
  run(db: Db, now: Date): Promise<unknown>;
}

/** A page the browser tests open as this person (every page must answer and pass axe). */
export interface E2ePage {
  path: string;
  as: 'admin' | 'employee' | 'participant' | null;
  /** The status the page answers with (200 unless told). */
  status?: number;
  /** Then follow the first link matching this CSS selector, and check that page too. */
  follow?: string;
}

export interface ModuleManifest<
  R extends Rules,
  M extends Catalog,
  P extends PersonalDataPart<M> = PersonalDataPart<M>,
> {
  /** The module's folder name. */
  name: string;
  /** Its messages, in every language (keys are unique across the platform). */
  messages: M;
  /** Its permission rules: `can(actor, action, resource)` reads them. */
  rules: R;
  /**
   * Named database constraints → the field and message a violation becomes (an Invalid form
   * error). Data, not code: db/errors.ts builds the error.
   */
  constraints?: Record<string, { field: string; message: keyof M & string }>;
  personalData?: P;
  adminTools?: AdminTool<R, M>[];
  jobs?: Job[];
  /** Adds this module's part of the demo organisation (runs in the order of `modules.ts`). */
  seed?(tx: Tx, world: DemoWorld): Promise<void>;
  e2ePages?: E2ePage[];
}

/** Declares a module; the generic parameters keep its rules' and messages' types exact. */
export const defineModule = <
  const R extends Rules,
  const M extends Catalog,
  P extends PersonalDataPart<M> = PersonalDataPart<M>,
>(
  manifest: ModuleManifest<R, M, P>,
) => manifest;
