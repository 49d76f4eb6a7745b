import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import type { Rule } from '../permissions/rule.ts';
import type { AttachmentKind } from '../files/kinds.ts';
import { FILE_TYPES, MAX_FILE_BYTES } from '../files/schema.ts';
import { projectUpdates, savingsEntries, type SavingsEntry } from './schema.ts';
import { projectAccess } from './access.ts';
import { projectRules, type ProjectAccess } from './permissions.ts';

/** A savings entry on its project, as the evidence rules look at it. */
interface EvidenceOf extends ProjectAccess {
  entry: SavingsEntry;
}

export const projectFileRules = {
  /**
   * Evidence stays inside the organisation, verified or not: invoices, timesheets and meter
   * readings may name people and suppliers. The public sees the verified figures and method.
   */
  'savings.read_evidence': ((actor) =>
    projectRules['savings.read_unverified'](actor, undefined)) as Rule,
  /** The team adds or removes evidence until the entry is signed off (then it is what was checked). */
  'savings.attach_evidence': ((actor, r) =>
    projectRules['project.contribute'](actor, r) &&
    r.entry.verifiedAt === null) as Rule<EvidenceOf>,
};

const ofIds = async <T extends { id: string }>(rows: Promise<T[]>) => (await rows).map((r) => r.id);

/** Photos and documents of a status update (issue 10): public as the update, by its team. */
export const projectUpdateAttachments: AttachmentKind = {
  limits: { maxBytes: MAX_FILE_BYTES, maxFiles: 6, types: FILE_TYPES },
  rules: { read: 'project.read', edit: 'project.contribute' },
  async load(ctx, updateId, lock = false) {
    if (!isUuid(updateId)) throw new NotFound('project_update');
    const [update] = await ctx.db
      .select({ projectId: projectUpdates.projectId })
      .from(projectUpdates)
      .where(and(eq(projectUpdates.id, updateId), eq(projectUpdates.organisationId, ctx.org.id)));
    if (!update) throw new NotFound('project_update');
    const resource = await projectAccess(ctx, update.projectId, lock);
    return { resource, href: `/projects/${update.projectId}` };
  },
  existing: (db: Queryable, ids: string[]) =>
    ofIds(
      db
        .select({ id: projectUpdates.id })
        .from(projectUpdates)
        .where(inArray(projectUpdates.id, ids)),
    ),
};

/** A saving's evidence (issue 10): documents, scans, spreadsheets; read inside the organisation. */
export const savingsEvidence: AttachmentKind = {
  limits: {
    maxBytes: MAX_FILE_BYTES,
    maxFiles: 5,
    types: ['pdf', 'jpeg', 'png', 'webp', 'docx', 'xlsx', 'odt', 'ods'],
  },
  rules: { read: 'savings.read_evidence', edit: 'savings.attach_evidence' },
  async load(ctx, entryId, lock = false) {
    if (!isUuid(entryId)) throw new NotFound('savings_entry');
    const [entry] = await ctx.db
      .select()
      .from(savingsEntries)
      .where(and(eq(savingsEntries.id, entryId), eq(savingsEntries.organisationId, ctx.org.id)));
    if (!entry) throw new NotFound('savings_entry');
    const resource: EvidenceOf = { ...(await projectAccess(ctx, entry.projectId, lock)), entry };
    return { resource, href: `/projects/${entry.projectId}` };
  },
  existing: (db: Queryable, ids: string[]) =>
    ofIds(
      db
        .select({ id: savingsEntries.id })
        .from(savingsEntries)
        .where(inArray(savingsEntries.id, ids)),
    ),
};
