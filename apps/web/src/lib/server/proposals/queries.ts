import { and, arrayContains, asc, count, desc, eq, ilike, inArray, ne, or } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { containing, countOf, paginate } from '../lists/paging.ts';
import { users } from '../accounts/schema.ts';
import { callCategories, innovationCalls, type InnovationCall } from '../calls/schema.ts';
import { getCall } from '../calls/service.ts';
import type { LocalizedText } from '../../i18n/localized.ts';
import { proposals, type Proposal } from './schema.ts';
import { LISTED_STATES, MERGE_TARGETS } from './states.ts';
import { listCount } from './list-count.ts';

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

/** In a blind call the jury never reads who wrote a proposal (proposal.sees_authors). */
const forReader = <V extends { authorName: string }>(
  ctx: Ctx,
  call: InnovationCall,
  view: V,
  authors?: Pick<Proposal, 'authorId' | 'coAuthorIds'>,
): V =>
  can(ctx.actor, 'proposal.sees_authors', { proposal: authors, call })
    ? view
    : withoutAuthors(view);

/** The view with no trace of who wrote it: no name, and no co-authors' ids where it has them. */
function withoutAuthors<V extends { authorName: string }>(view: V): V {
  return 'coAuthorIds' in view
    ? { ...view, authorName: '', coAuthorIds: [] }
    : { ...view, authorName: '' };
}

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
  return {
    proposal: forReader(ctx, row.call, toView(row), row.proposal),
    call: row.call,
  };
}

export interface ListQuery {
  categoryKey?: string;
  q?: string;
  page: number;
}

/** What a call's list shows of each proposal: no texts, tokens or ids it does not display. */
export interface ListedProposal {
  id: string;
  title: string;
  state: Proposal['state'];
  submittedAt: Date | null;
  authorName: string;
  categoryName: LocalizedText;
  categoryKey: string;
}

/**
 * A call's proposals past the draft (not withdrawn, merged or ineligible), filtered by category
 * and by words in the title, a page at a time. The page's ids come from one index
 * (proposals_call_listed_idx, in list order) before anything is joined; the count reads that
 * index alone and is kept a few seconds (list-count.ts); see listQueries for why the last page
 * costs what the first does (docs/performance.md).
 */
export async function listProposals(ctx: Ctx, callId: string, query: ListQuery) {
  const call = await getCall(ctx, callId);
  const categoryId = query.categoryKey ? await categoryIdOf(ctx, call.id, query.categoryKey) : null;
  // A category the call does not have: nothing to list (and no id to compare with).
  if (categoryId === '') return { call, proposals: [], ...paginate(0, 1, PAGE_SIZE) };
  const filter = { categoryId: categoryId ?? undefined, q: query.q };
  const list = listQueries(ctx, call.id, filter);
  const total = await listCount(
    { organisationId: ctx.org.id, callId: call.id, ...filter },
    ctx.now(),
    list.count,
  );
  const paged = paginate(total, query.page, PAGE_SIZE);
  const page = list.pageIds(paged.offset, paged.total).as('page');
  const rows: ListedProposal[] =
    paged.total === 0
      ? []
      : await ctx.db
          .select({
            id: proposals.id,
            title: proposals.title,
            state: proposals.state,
            submittedAt: proposals.submittedAt,
            authorName: users.name,
            categoryName: callCategories.name,
            categoryKey: callCategories.key,
          })
          .from(page)
          .innerJoin(proposals, eq(proposals.id, page.id))
          .innerJoin(users, eq(users.id, proposals.authorId))
          .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
          .orderBy(...LIST_ORDER);
  return { call, proposals: rows.map((r) => forReader(ctx, call, r)), ...paged };
}

const LIST_ORDER = [desc(proposals.submittedAt), desc(proposals.id)];
const REVERSE_ORDER = [asc(proposals.submittedAt), asc(proposals.id)];

/**
 * A call's list as two queries — its count and a page of ids in list order — built once, so the
 * page runs exactly what the index test EXPLAINs (proposals/list-index.test.ts). An OFFSET still
 * reads every index entry it skips: a page in the list's second half is read from the other end
 * of the index (backwards, skipping the rows after it), so the last page costs what the first
 * does and the middle one, the dearest, half of what it did.
 */
export function listQueries(ctx: Ctx, callId: string, filter: { categoryId?: string; q?: string }) {
  const where = and(
    eq(proposals.organisationId, ctx.org.id),
    eq(proposals.callId, callId),
    inArray(proposals.state, [...LISTED_STATES]),
    filter.categoryId ? eq(proposals.categoryId, filter.categoryId) : undefined,
    filter.q ? ilike(proposals.title, containing(filter.q)) : undefined,
  );
  return {
    count: ctx.db.select({ n: count() }).from(proposals).where(where),
    /** The ids of the page starting at `offset`, in a list of `total` rows (in any order). */
    pageIds: (offset: number, total: number) => {
      const size = Math.max(0, Math.min(PAGE_SIZE, total - offset));
      const after = total - offset - size;
      const fromEnd = after < offset;
      return ctx.db
        .select({ id: proposals.id })
        .from(proposals)
        .where(where)
        .orderBy(...(fromEnd ? REVERSE_ORDER : LIST_ORDER))
        .limit(fromEnd ? size : PAGE_SIZE)
        .offset(fromEnd ? after : offset);
    },
  };
}

/** The category's id for a key of this call; '' for a key the call does not have (no rows). */
async function categoryIdOf(ctx: Ctx, callId: string, key: string): Promise<string> {
  const [row] = await ctx.db
    .select({ id: callCategories.id })
    .from(callCategories)
    .where(and(eq(callCategories.callId, callId), eq(callCategories.key, key)));
  return row?.id ?? '';
}

/**
 * The actor's own proposals in this organisation — as lead author or co-author — drafts
 * included, most recently changed first.
 */
export async function myProposals(ctx: Ctx, page = 1) {
  authorize(ctx.actor, 'account.manage_own');
  const mine = myProposalsQueries(ctx, ctx.actor!.userId);
  const paged = paginate(await countOf(mine.count), page, PAGE_SIZE);
  const rows = await mine.page(paged.offset);
  return { proposals: rows.map((r) => ({ ...toView(r), callTitle: r.callTitle })), ...paged };
}

/**
 * "My proposals" as two queries, built once so that the page runs what the index test EXPLAINs
 * (proposals/list-index.test.ts): the author's side from proposals_author_idx, the co-author's
 * from proposals_co_authors_idx, never a read of every proposal.
 */
export function myProposalsQueries(ctx: Ctx, userId: string) {
  const where = and(
    eq(proposals.organisationId, ctx.org.id),
    or(eq(proposals.authorId, userId), arrayContains(proposals.coAuthorIds, [userId])),
  );
  return {
    count: ctx.db.select({ n: count() }).from(proposals).where(where),
    page: (offset: number) =>
      ctx.db
        .select({ ...viewColumns, callTitle: innovationCalls.title })
        .from(proposals)
        .innerJoin(users, eq(users.id, proposals.authorId))
        .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
        .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
        .where(where)
        .orderBy(desc(proposals.updatedAt), desc(proposals.id))
        .limit(PAGE_SIZE)
        .offset(offset),
  };
}

/**
 * Proposals of the same call a duplicate may be merged into (for the moderator's choice); the
 * lifecycle's guard checks the choice again.
 */
export async function mergeCandidates(ctx: Ctx, proposal: Pick<Proposal, 'id' | 'callId'>) {
  return ctx.db
    .select({ id: proposals.id, title: proposals.title })
    .from(proposals)
    .where(
      and(
        eq(proposals.organisationId, ctx.org.id),
        eq(proposals.callId, proposal.callId),
        inArray(proposals.state, [...MERGE_TARGETS]),
        ne(proposals.id, proposal.id),
      ),
    )
    .orderBy(proposals.title)
    .limit(200);
}

/** A merged proposal's target, by title (a page links to it). */
export async function mergedInto(ctx: Ctx, proposal: Pick<Proposal, 'mergedIntoId'>) {
  if (!proposal.mergedIntoId) return null;
  const [row] = await ctx.db
    .select({ id: proposals.id, title: proposals.title })
    .from(proposals)
    .where(and(eq(proposals.id, proposal.mergedIntoId), eq(proposals.organisationId, ctx.org.id)));
  return row ?? null;
}
