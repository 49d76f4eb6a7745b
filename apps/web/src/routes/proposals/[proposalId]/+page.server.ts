import type { Actions, PageServerLoad } from './$types';
import { transitionAction } from './transition-action.ts';
import { runLoad } from '#lib/server/http/run-action.ts';
import { getProposal, mergeCandidates, mergedInto } from '#lib/server/proposals/queries.ts';
import { proposalMachine, TRANSITION_FIELDS } from '#lib/server/proposals/lifecycle.ts';
import { transitionsFor } from '#lib/server/lifecycle/transition.ts';
import { can } from '#lib/server/permissions/can.ts';
import { AWAITING_REVIEW } from '#lib/server/proposals/states.ts';
import { departmentTree } from '#lib/server/organisations/department-tree.ts';
import { readPage } from '#lib/server/lists/paging.ts';
import { coDevelopmentOf } from '#lib/server/co-development/page.ts';
import { coDevelopmentActions } from './co-development-actions.ts';
import { filesOn } from '#lib/server/files/list.ts';
import { coAuthorPanel } from '#lib/server/co-authors/queries.ts';
import { coAuthorActions } from './co-author-actions.ts';
import { projectOfProposal } from '#lib/server/projects/queries.ts';

const NOTICES = {
  submitted: 'proposals.submitted',
  saved: 'proposals.saved',
  joined: 'coauthors.invitation.accepted',
} as const;

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const { proposal, call } = await getProposal(ctx, event.params.proposalId);
    const resource = { proposal, call };
    const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((k) =>
      event.url.searchParams.has(k),
    );
    const transitions = transitionsFor(proposalMachine, ctx.actor, resource);
    return {
      proposal,
      call,
      canEdit: can(ctx.actor, 'proposal.edit', resource),
      steps: transitions.map((name) => ({ name, field: TRANSITION_FIELDS[name] ?? null })),
      mergeCandidates: transitions.includes('merge') ? await mergeCandidates(ctx, proposal) : [],
      mergedInto: await mergedInto(ctx, proposal),
      project: proposal.state === 'selected' ? await projectOfProposal(ctx, proposal.id) : null,
      affectedDepartments: proposal.affectedDepartmentIds.length
        ? (await departmentTree(ctx.db, ctx.org.id))
            .filter((d) => proposal.affectedDepartmentIds.includes(d.id))
            .map((d) => d.name)
        : [],
      notice: notice ? NOTICES[notice] : null,
      files: await filesOn(ctx, 'proposal', proposal.id),
      coAuthors: await coAuthorPanel(ctx, resource),
      canCheck:
        AWAITING_REVIEW.includes(proposal.state) && can(ctx.actor, 'proposal.review', resource),
      coDevelopment: await coDevelopmentOf(
        ctx,
        proposal,
        readPage(event.url.searchParams.get('page')),
      ),
    };
  });

export const actions: Actions = {
  transition: (event) => transitionAction(event),
  ...coDevelopmentActions,
  ...coAuthorActions,
};
