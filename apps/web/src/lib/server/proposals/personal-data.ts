import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { innovationCalls } from '../calls/schema.ts';
import { proposals } from './schema.ts';
import type { messages } from './messages.ts';

const iso = (d: Date) => d.toISOString();

/** Every proposal they wrote, in every organisation, drafts included. */
async function exportProposals(db: Queryable, user: User) {
  const rows = await db
    .select({ proposal: proposals, callTitle: innovationCalls.title, slug: organisations.slug })
    .from(proposals)
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .innerJoin(organisations, eq(organisations.id, proposals.organisationId))
    .where(eq(proposals.authorId, user.id))
    .orderBy(asc(proposals.createdAt), asc(proposals.id));
  return {
    proposals: rows.map(({ proposal: p, callTitle, slug }) => ({
      id: p.id,
      organisation: slug,
      call: { id: p.callId, title: callTitle },
      title: p.title,
      problem: p.problem,
      solution: p.solution,
      state: p.state,
      // What they were asked and answered, and what was decided about it and why.
      clarificationRequest: p.clarificationRequest,
      clarificationAnswer: p.clarificationAnswer,
      ineligibleReason: p.ineligibleReason,
      decisionJustification: p.decisionJustification,
      mergedIntoId: p.mergedIntoId,
      createdAt: iso(p.createdAt),
      updatedAt: iso(p.updatedAt),
      submittedAt: p.submittedAt ? iso(p.submittedAt) : null,
    })),
  };
}

/**
 * Never-submitted proposals go (nobody relied on them); submitted ones stay, under the erased
 * account's fixed name, because colleagues supported, reviewed and built on them.
 */
async function eraseProposals(ctx: TxCtx, user: User) {
  const drafts = await ctx.db
    .delete(proposals)
    .where(and(eq(proposals.authorId, user.id), isNull(proposals.submittedAt)))
    .returning({ id: proposals.id });
  const [kept] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(proposals)
    .where(and(eq(proposals.authorId, user.id), isNotNull(proposals.submittedAt)));
  return { draftsDeleted: drafts.length, proposalsKept: kept!.n };
}

export const proposalsPersonalData = {
  exported: ['privacy.data.item.proposals'],
  removed: ['privacy.delete.removed.drafts'],
  kept: ['privacy.delete.kept.proposals'],
  export: exportProposals,
  erase: eraseProposals,
} satisfies PersonalDataPart<typeof messages>;
