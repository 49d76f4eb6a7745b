import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { pbAppeals, pbProposalMembers, pbProposals } from './schema.ts';
import type { messages } from './messages.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The PB proposals they wrote or co-wrote, with what was decided, and their appeals. */
async function exportPbProposals(db: Queryable, user: User) {
  const written = await db
    .select()
    .from(pbProposals)
    .where(eq(pbProposals.authorId, user.id))
    .orderBy(asc(pbProposals.createdAt));
  const coauthored = await db
    .select({ proposalId: pbProposalMembers.proposalId, state: pbProposalMembers.state })
    .from(pbProposalMembers)
    .where(eq(pbProposalMembers.userId, user.id));
  const appeals = await db
    .select({ proposalId: pbAppeals.proposalId, text: pbAppeals.text, state: pbAppeals.state })
    .from(pbAppeals)
    .where(eq(pbAppeals.appellantId, user.id));
  return {
    pbProposals: written.map((p) => ({
      id: p.id,
      processId: p.processId,
      title: p.title,
      description: p.description,
      address: p.address,
      latitude: p.latitude,
      longitude: p.longitude,
      cost: p.cost,
      state: p.state,
      ineligibleReason: p.ineligibleReason,
      createdAt: iso(p.createdAt),
      submittedAt: iso(p.submittedAt),
    })),
    pbCoauthored: coauthored,
    pbAppeals: appeals,
  };
}

/**
 * Drafts go, and so do invitations and co-authorships of proposals not yet submitted; submitted
 * proposals — their own, and those they co-wrote — stay under the erased account's fixed name
 * (they were analysed, voted on, built), as the innovation call's proposals and co-authors do.
 */
async function erasePbProposals(ctx: TxCtx, user: User) {
  const drafts = await ctx.db
    .delete(pbProposals)
    .where(and(eq(pbProposals.authorId, user.id), isNull(pbProposals.submittedAt)))
    .returning({ id: pbProposals.id });
  const unsubmitted = ctx.db
    .select({ id: pbProposals.id })
    .from(pbProposals)
    .where(isNull(pbProposals.submittedAt));
  const memberships = await ctx.db
    .delete(pbProposalMembers)
    .where(
      and(
        eq(pbProposalMembers.userId, user.id),
        or(
          eq(pbProposalMembers.state, 'invited'),
          inArray(pbProposalMembers.proposalId, unsubmitted),
        ),
      ),
    )
    .returning({ id: pbProposalMembers.id });
  const [kept] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(pbProposals)
    .where(eq(pbProposals.authorId, user.id));
  const [coauthored] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(pbProposalMembers)
    .where(eq(pbProposalMembers.userId, user.id));
  // Only what happened: most accounts never proposed anything.
  const counts = {
    pbDraftsDeleted: drafts.length,
    pbMembershipsDeleted: memberships.length,
    pbProposalsKept: kept!.n,
    pbCoauthorshipsKept: coauthored!.n,
  };
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

export const pbProposalsPersonalData = {
  exported: ['pb_proposals.privacy.exported'],
  removed: ['pb_proposals.privacy.removed'],
  kept: ['pb_proposals.privacy.kept'],
  export: exportPbProposals,
  erase: erasePbProposals,
} satisfies PersonalDataPart<typeof messages>;
