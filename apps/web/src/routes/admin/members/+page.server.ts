import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { can } from '#lib/server/permissions/can.ts';
import { listMembers } from '#lib/server/accounts/members.ts';
import { departmentTree } from '#lib/server/organisations/department-tree.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const { searchParams } = event.url;
    const list = await listMembers(ctx, {
      q: searchParams.get('q'),
      page: searchParams.get('page'),
    });
    return {
      ...list,
      departments: await departmentTree(ctx.db, ctx.org.id),
      canManage: can(ctx.actor, 'organisation.manage_members'),
      saved: searchParams.get('saved'),
    };
  });
