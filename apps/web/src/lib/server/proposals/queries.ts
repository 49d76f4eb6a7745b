import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { containing, countOf, paginate } from '../lists/paging.ts';
import { users } from '../accounts/schema.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { getCall } from '../calls/service.ts';
import type { LocalizedText } from '../../i18n/localized.ts';
import { proposals, type Proposal } from './schema.ts';

export const PAGE_SIZE = 20;

export interface ProposalView extends Proposal {
  authorName: string;
  categoryName: LocalizedText;
  categoryKey: string;
}

const viewColumns = {
  proposal: proposals,
  authorName: users.name,
  categoryName: callCategories.name,
  categoryKey: callCategories.key,
};

type ViewRow = {
  proposal: Proposal;
  authorName: string;
  categoryName: LocalizedText;
  categoryKey: string;
};

const toView = ({ proposal, ...rest }: ViewRow): ProposalView => ({ ...proposal, ...rest });

/** One proposal, if this actor may read it (drafts only by their author). */
export async function getProposal(ctx: Ctx, id: string) {
  if (!isUuid(id)) throw new NotFound('proposal');
  const [row] = await ctx.db
    .select({ ...viewColumns, call: innovationCalls })
    .from(proposals)
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .innerJoin(users, eq(users.id, proposals.authorId))
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .where(and(eq(proposals.id, id), eq(proposals.organisationId, ctx.org.id)));
  if (!row || !can(ctx.actor, 'proposal.read', row)) throw new NotFound('proposal');
  return { proposal: toView(row), call: row.call };
}

export interface ListQuery {
  categoryKey?: string;
  q?: string;
  page: number;
}

/** A call's submitted proposals, filtered by category and by words in the title, a page at a time. */
export async function listProposals(ctx: Ctx, callId: string, query: ListQuery) {
  const call = await getCall(ctx, callId);
  const where = and(
    eq(proposals.organisationId, ctx.org.id),
    eq(proposals.callId, call.id),
    eq(proposals.state, 'submitted'),
    query.categoryKey ? eq(callCategories.key, query.categoryKey) : undefined,
    query.q ? ilike(proposals.title, containing(query.q)) : undefined,
  );
  const paged = paginate(await countMatching(ctx, where), query.page, PAGE_SIZE);
  const rows = await ctx.db
    .select(viewColumns)
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.authorId))
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .where(where)
    .orderBy(desc(proposals.submittedAt), desc(proposals.id))
    .limit(paged.size)
    .offset(paged.offset);
  return { call, proposals: rows.map(toView), ...paged };
}

const countMatching = (ctx: Ctx, where: SQL | undefined) =>
  countOf(
    ctx.db
      .select({ n: count() })
      .from(proposals)
      .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
      .where(where),
  );

/** The actor's own proposals in this organisation, drafts included, most recently changed first. */
export async function myProposals(ctx: Ctx, page = 1) {
  authorize(ctx.actor, 'account.manage_own');
  const actor = ctx.actor!;
  const where = and(eq(proposals.organisationId, ctx.org.id), eq(proposals.authorId, actor.userId));
  const paged = paginate(
    await countOf(ctx.db.select({ n: count() }).from(proposals).where(where)),
    page,
    PAGE_SIZE,
  );
  const rows = await ctx.db
    .select({ ...viewColumns, callTitle: innovationCalls.title })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.authorId))
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .where(where)
    .orderBy(desc(proposals.updatedAt), desc(proposals.id))
    .limit(paged.size)
    .offset(paged.offset);
  return { proposals: rows.map((r) => ({ ...toView(r), callTitle: r.callTitle })), ...paged };
}
