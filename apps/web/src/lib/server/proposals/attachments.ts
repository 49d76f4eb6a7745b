import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import type { Rule } from '../permissions/rule.ts';
import { innovationCalls, type InnovationCall } from '../calls/schema.ts';
import { evaluationAssignments, type EvaluationAssignment } from '../evaluation/schema.ts';
import { evaluationRules } from '../evaluation/permissions.ts';
import type { AttachmentKind } from '../files/kinds.ts';
import { FILE_TYPES, MAX_FILE_BYTES } from '../files/schema.ts';
import { proposals, type Proposal } from './schema.ts';
import { proposalRules } from './permissions.ts';

/** A proposal with what its files' rules look at: its call, and its evaluators' assignments. */
interface WithFiles {
  proposal: Proposal;
  call: InnovationCall;
  assignments: EvaluationAssignment[];
}

export const proposalFileRules = {
  /** Whoever reads the proposal reads its files; so do its evaluators, on their assignment page. */
  'proposal.read_files': ((actor, r) =>
    proposalRules['proposal.read'](actor, r) ||
    r.assignments.some((assignment) =>
      evaluationRules['evaluation.read_assignment'](actor, { ...r, assignment }),
    )) as Rule<WithFiles>,
};

/**
 * A proposal's attachments (issue 8): read by whoever reads the proposal (and its evaluators),
 * added and removed by whoever may edit it — its authors, while it is a draft or answers a
 * request for clarification. A blind call's evaluator reads them anonymously (decision 085).
 */
export const proposalAttachments: AttachmentKind = {
  limits: { maxBytes: MAX_FILE_BYTES, maxFiles: 10, types: FILE_TYPES },
  rules: {
    read: 'proposal.read_files',
    edit: 'proposal.edit',
    // Who uploaded a file is hidden where the authors are: from a blind call's jury.
    seesUploader: 'proposal.sees_authors',
  },
  async load(ctx, proposalId, lock = false) {
    if (!isUuid(proposalId)) throw new NotFound('proposal');
    const query = ctx.db
      .select({ proposal: proposals, call: innovationCalls })
      .from(proposals)
      .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
      .where(and(eq(proposals.id, proposalId), eq(proposals.organisationId, ctx.org.id)));
    const [row] = lock ? await query.for('update', { of: proposals }) : await query;
    if (!row) throw new NotFound('proposal');
    const assignments = ctx.actor
      ? await ctx.db
          .select()
          .from(evaluationAssignments)
          .where(
            and(
              eq(evaluationAssignments.proposalId, proposalId),
              eq(evaluationAssignments.evaluatorId, ctx.actor.userId),
            ),
          )
      : [];
    const resource: WithFiles = { ...row, assignments };
    return { resource, href: `/proposals/${proposalId}` };
  },
  async existing(db: Queryable, ids: string[]) {
    const rows = await db
      .select({ id: proposals.id })
      .from(proposals)
      .where(inArray(proposals.id, ids));
    return rows.map((r) => r.id);
  },
};
