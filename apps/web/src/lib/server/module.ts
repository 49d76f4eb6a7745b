import type { Catalog } from '../i18n/catalog.ts';
import type { Ctx } from './context.ts';
import type { Queryable, Tx } from './db/client.ts';
import type { Rule } from './permissions/rule.ts';
import type { Role, User } from './accounts/schema.ts';
import type { DemoWorld } from './seed/world.ts';
import type { Organisation } from './organisations/schema.ts';
import type { AttachmentKind } from './files/kinds.ts';
import type { SubjectType } from './files/schema.ts';

/**
 * What a module tells the platform about itself. Each module folder under `lib/server/` has a
 * `manifest.ts` exporting one of these, and `modules.ts` lists the manifests once; everything
 * that used to be wired by hand into central lists (permissions, constraint errors, the
 * personal-data export and erasure, the admin index, background jobs and schedules,
 * notification kinds, the demo seed, the pages
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

/**
 * What a job's handler receives: its own transaction (the handler's writes and the job's "done"
 * commit together), the organisation it is for (null: the platform's own house-keeping), no
 * actor (nobody is signed in; handlers act as the system and say so in their audit entries),
 * the clock, and the job itself. See docs/architecture.md, "Background work and notifications".
 */
export interface JobCtx extends Omit<Ctx, 'db' | 'org'> {
  db: Tx;
  org: Organisation | null;
  job: { id: string; kind: string; attempt: number; maxAttempts: number; runAt: Date };
}

/**
 * Does the work of one job kind. The payload is whatever `enqueue` stored (JSON): parse it.
 * Throwing rolls the handler's writes back and retries later with backoff, then gives up (dead).
 * A job may run again after a crash (its lease expires): handlers are idempotent.
 */
export type JobHandler = (ctx: JobCtx, payload: unknown) => Promise<unknown>;

/**
 * A recurring job: one job of `kind` per slot, however many processes run (the slot is the
 * job's dedupe key). `everyMinutes`: slots at multiples of that many minutes since the epoch;
 * `dailyAt`: 'HH:MM' in the organisation's time zone (UTC for platform schedules).
 * `perOrganisation`: a job per organisation, run with that organisation in its ctx.
 */
export type Schedule = { kind: string; perOrganisation?: boolean } & (
  | { everyMinutes: number; dailyAt?: never }
  | { dailyAt: `${number}:${number}`; everyMinutes?: never }
);

export type EmailPreference = 'now' | 'digest' | 'off';

/**
 * A kind of notification (`notify(tx, { kind, … })`). `label` names it on the preferences page;
 * `title` and `body` are its text, with the `params` given to notify() as placeholders; `email`
 * is what a person gets until they choose otherwise.
 */
export interface NotificationKind<M extends Catalog = Catalog> {
  label: keyof M & string;
  title: keyof M & string;
  body: keyof M & string;
  email: EmailPreference;
  /** Who has this kind on their preferences page (absent: everyone), e.g. ['admin']. */
  roles?: Role[];
}

/** A page the browser tests open as this person (every page must answer and pass axe). */
export interface E2ePage {
  path: string;
  as: 'admin' | 'employee' | 'participant' | 'evaluator' | null;
  /** The status the page answers with (200 unless told). */
  status?: number;
  /**
   * Then follow the first link matching this CSS selector, and check that page too; a list of
   * selectors follows one link per page, in turn (for pages reached only through others).
   */
  follow?: string | string[];
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
  /** Job kind (`<module>.<name>`) → its handler; `enqueue(tx, kind, …)` queues one. */
  jobHandlers?: Record<string, JobHandler>;
  /** Recurring jobs (their kinds need a handler here or in another module). */
  schedules?: Schedule[];
  /** Notification kind (`<module>.<name>`) → its texts and default e-mail preference. */
  notifications?: Record<string, NotificationKind<M>>;
  /** Adds this module's part of the demo organisation (runs in the order of `modules.ts`). */
  seed?(tx: Tx, world: DemoWorld): Promise<void>;
  e2ePages?: E2ePage[];
  /** The things of this module that carry files, and who may read or change them (files/kinds.ts). */
  attachments?: Partial<Record<SubjectType, AttachmentKind>>;
}

/** Declares a module; the generic parameters keep its rules' and messages' types exact. */
export const defineModule = <
  const R extends Rules,
  const M extends Catalog,
  P extends PersonalDataPart<M> = PersonalDataPart<M>,
>(
  manifest: ModuleManifest<R, M, P>,
) => manifest;
