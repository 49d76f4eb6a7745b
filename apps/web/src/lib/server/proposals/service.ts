import { and, count, desc, eq, ilike } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { users } from '../accounts/schema.ts';
import { callCategories, innovationCalls, type InnovationCall } from '../calls/schema.ts';
import { getCall, isAcceptingProposals } from '../calls/service.ts';
import { proposals, type Proposal } from './schema.ts';
import { proposalTransitions, type ProposalTransition } from './lifecycle.ts';

export interface ProposalFields {
  title: string;
  problem: string;
  solution: string;
  categoryId: string;
}

export const PAGE_SIZE = 20;

function ensureAccepting(ctx: Ctx, call: InnovationCall) {
  authorize(ctx.actor, 'call.propose', call);
  if (!isAcceptingProposals(call, ctx.now())) throw new Conflict('proposals.call_closed');
}

/**
 * Creates a draft. The form's client token makes a repeated post (double click, resubmitted
 * page) return the proposal already made instead of a second one.
 */
export async function createProposal(
  ctx: Ctx,
  callId: string,
  fields: ProposalFields,
  clientToken: string,
): Promise<Proposal> {
  const call = await getCall(ctx, callId);
  ensureAccepting(ctx, call);
  if (!call.categories.some((c) => c.id === fields.categoryId)) {
    throw new Invalid({ categoryId: 'proposals.category.unknown' });
  }
  return inTransaction(ctx, async (tx) => {
    const [created] = await tx.db
      .insert(proposals)
      .values({
        organisationId: ctx.org.id,
        callId: call.id,
        authorId: ctx.actor!.userId,
        clientToken,
        ...fields,
      })
      .onConflictDoNothing({ target: [proposals.authorId, proposals.clientToken] })
      .returning();
    if (!created) {
      const [existing] = await tx.db
        .select()
        .from(proposals)
        .where(
          and(eq(proposals.authorId, ctx.actor!.userId), eq(proposals.clientToken, clientToken)),
        );
      return existing!;
    }
    await recordAudit(tx.db, tx, {
      action: 'proposal.create',
      resourceType: 'proposal',
      resourceId: created.id,
      after: created,
    });
    return created;
  });
}

/** Locks a proposal with its call, within the organisation, for a change. */
async function lockProposal(ctx: Ctx, id: string) {
  if (!isUuid(id)) throw new NotFound('proposal');
  const [row] = await ctx.db
    .select({ proposal: proposals, call: innovationCalls })
    .from(proposals)
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .where(and(eq(proposals.id, id), eq(proposals.organisationId, ctx.org.id)))
    .for('update', { of: proposals });
  // Someone who may not even read it learns nothing: not found.
  if (!row || !can(ctx.actor, 'proposal.read', row)) throw new NotFound('proposal');
  return row;
}

export async function updateProposal(
  ctx: Ctx,
  id: string,
  fields: ProposalFields,
): Promise<Proposal> {
  return inTransaction(ctx, async (tx) => {
    const row = await lockProposal(tx, id);
    if (row.proposal.state !== 'draft') throw new Conflict('errors.state_changed');
    authorize(tx.actor, 'proposal.edit', row);
    ensureAccepting(tx, row.call);
    const [after] = await tx.db
      .update(proposals)
      .set({ ...fields, updatedAt: tx.now() })
      .where(eq(proposals.id, row.proposal.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'proposal.update',
      resourceType: 'proposal',
      resourceId: row.proposal.id,
      before: row.proposal,
      after,
    });
    return after!;
  });
}

export async function transitionProposal(
  ctx: Ctx,
  id: string,
  name: ProposalTransition,
): Promise<Proposal> {
  return inTransaction(ctx, async (tx) => {
    const row = await lockProposal(tx, id);
    const t = proposalTransitions[name];
    if (!(t.from as readonly string[]).includes(row.proposal.state))
      throw new Conflict('errors.state_changed');
    authorize(tx.actor, `proposal.${name}`, row);
    if (name === 'submit') {
      ensureAccepting(tx, row.call);
      const missing: Record<string, 'form.required'> = {};
      if (!row.proposal.problem.trim()) missing.problem = 'form.required';
      if (!row.proposal.solution.trim()) missing.solution = 'form.required';
      if (Object.keys(missing).length) throw new Invalid(missing);
    }
    const [after] = await tx.db
      .update(proposals)
      .set({
        state: t.to,
        updatedAt: tx.now(),
        ...(name === 'submit' ? { submittedAt: tx.now() } : {}),
      })
      .where(eq(proposals.id, row.proposal.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: `proposal.${name}`,
      resourceType: 'proposal',
      resourceId: row.proposal.id,
      before: { state: row.proposal.state },
      after: { state: after!.state },
    });
    return after!;
  });
}

export interface ProposalView extends Proposal {
  authorName: string;
  categoryName: { ro: string; en?: string; hu?: string };
  categoryKey: string;
}

const viewColumns = {
  proposal: proposals,
  authorName: users.name,
  categoryName: callCategories.name,
  categoryKey: callCategories.key,
};

function toView(r: {
  proposal: Proposal;
  authorName: string;
  categoryName: ProposalView['categoryName'];
  categoryKey: string;
}) {
  return {
    ...r.proposal,
    authorName: r.authorName,
    categoryName: r.categoryName,
    categoryKey: r.categoryKey,
  };
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
    query.q ? ilike(proposals.title, `%${escapeLike(query.q)}%`) : undefined,
  );
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: count() })
    .from(proposals)
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .where(where);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page), pages);
  const rows = await ctx.db
    .select(viewColumns)
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.authorId))
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .where(where)
    .orderBy(desc(proposals.submittedAt), desc(proposals.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return { call, proposals: rows.map(toView), total, page, pages };
}

/** The actor's own proposals in this organisation, drafts included, most recently changed first. */
export async function myProposals(ctx: Ctx) {
  if (!ctx.actor) throw new Forbidden();
  const rows = await ctx.db
    .select({ ...viewColumns, callTitle: innovationCalls.title })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.authorId))
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .where(and(eq(proposals.organisationId, ctx.org.id), eq(proposals.authorId, ctx.actor.userId)))
    .orderBy(desc(proposals.updatedAt));
  return rows.map((r) => ({ ...toView(r), callTitle: r.callTitle }));
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
