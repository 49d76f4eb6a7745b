import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import { memberships } from '../accounts/schema.ts';
import { callCategories } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import type { ProposalState } from '../proposals/lifecycle.ts';
import type { ResultFigures } from './schema.ts';

/** Proposals that took part: submitted at some point, not withdrawn and not merged away. */
export const NOT_TAKING_PART: ProposalState[] = ['draft', 'withdrawn', 'merged'];

/**
 * A call's proposals that took part, each with its category and its author's department (as a
 * member of this organisation today). The base of the results' figures and of the dashboard.
 */
export function participation(db: Queryable, organisationId: string, callId: string) {
  return db
    .select({
      id: proposals.id,
      state: proposals.state,
      authorId: proposals.authorId,
      coAuthorIds: proposals.coAuthorIds,
      submittedAt: proposals.submittedAt,
      categoryId: proposals.categoryId,
      categoryKey: callCategories.key,
      categoryName: callCategories.name,
      categoryPosition: callCategories.position,
      departmentId: memberships.departmentId,
    })
    .from(proposals)
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .leftJoin(
      memberships,
      and(
        eq(memberships.userId, proposals.authorId),
        eq(memberships.organisationId, proposals.organisationId),
      ),
    )
    .where(
      and(
        eq(proposals.organisationId, organisationId),
        eq(proposals.callId, callId),
        notInArray(proposals.state, NOT_TAKING_PART),
      ),
    )
    .orderBy(asc(proposals.submittedAt), asc(proposals.id));
}

export type Participation = Awaited<ReturnType<typeof participation>>;

/** Counts only: how many proposals, authors, departments; per category, proposed and selected. */
export function figuresOf(rows: Participation, categories: { key: string }[]): ResultFigures {
  const distinct = (values: (string | null)[]) => new Set(values.filter((v) => v !== null)).size;
  return {
    proposals: rows.length,
    // Every author counts: co-authors are authors (co-authors/).
    authors: distinct(rows.flatMap((r) => [r.authorId, ...r.coAuthorIds])),
    departments: distinct(rows.map((r) => r.departmentId)),
    selected: rows.filter((r) => r.state === 'selected').length,
    byCategory: categories.map(({ key }) => ({
      key,
      proposals: rows.filter((r) => r.categoryKey === key).length,
      selected: rows.filter((r) => r.categoryKey === key && r.state === 'selected').length,
    })),
  };
}

/** Rows per ISO-like week start (Monday, UTC) of submission: the dashboard's time series. */
export function perWeek(rows: Participation): { week: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (!r.submittedAt) continue;
    const d = new Date(r.submittedAt);
    d.setUTCHours(0, 0, 0, 0);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    const week = d.toISOString().slice(0, 10);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, count]) => ({ week, count }));
}

export const undecidedCount = async (ctx: Ctx, callId: string) => {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(proposals)
    .where(
      and(
        eq(proposals.organisationId, ctx.org.id),
        eq(proposals.callId, callId),
        sql`${proposals.state} in ('in_evaluation', 'shortlisted')`,
      ),
    );
  return row?.n ?? 0;
};
