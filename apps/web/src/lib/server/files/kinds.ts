import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import { modules } from '../modules.ts';
import type { FileType, SubjectType } from './schema.ts';

/** What one use accepts: the largest file, how many on one thing, which types. */
export interface UseLimits {
  maxBytes: number;
  maxFiles: number;
  types: readonly FileType[];
}

/**
 * The thing files are attached to, as this actor may use it — each decided through `can()` by
 * the owning module's rules that its kind names (access.ts).
 */
export interface SubjectAccess {
  readable: boolean;
  /** May attach files to it and remove them. */
  editable: boolean;
  /** This reader must learn nothing of who wrote it (a blind call's evaluator). */
  anonymous: boolean;
  /** The page that shows the thing and its files. */
  href: string;
}

/**
 * A kind of thing that carries files, declared in its module's manifest (`attachments`). The
 * files module stores, lists, serves and removes files; the kind says who may do what.
 */
export interface AttachmentKind {
  limits: UseLimits;
  /**
   * The thing in this organisation as its rules look at it (NotFound when there is none), and
   * its page; `lock` holds it till commit.
   */
  load(ctx: Ctx, subjectId: string, lock?: boolean): Promise<{ resource: unknown; href: string }>;
  /**
   * Its module's rules, each taking that resource: `read` (and download its files), `edit` (add
   * and remove them), `seesUploader` (whether this reader may learn who uploaded; absent: yes).
   */
  rules: { read: string; edit: string; seesUploader?: string };
  /** Which of these ids still exist: files on anything else are orphans (cleanup.ts). */
  existing(db: Queryable, ids: string[]): Promise<string[]>;
}

/** The kind declared for a subject type (every type in SUBJECT_TYPES has one module). */
export function kindOf(type: SubjectType): AttachmentKind {
  for (const m of modules) {
    const kind =
      'attachments' in m
        ? (m.attachments as Partial<Record<SubjectType, AttachmentKind>>)[type]
        : undefined;
    if (kind) return kind;
  }
  throw new Error(`no module declares attachments of "${type}"`);
}

/** Per uploader and organisation: enough for a working year, not for using us as a disk. */
export const UPLOADER_QUOTA = { bytes: 200 * 1024 * 1024, files: 300 };
