import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { getProposal } from '#lib/server/proposals/queries.ts';
import { filesOn } from '#lib/server/files/list.ts';
import { attachFiles } from '#lib/server/files/attach.ts';
import { deleteFile } from '#lib/server/files/remove.ts';
import { authorize } from '#lib/server/permissions/can.ts';

/** A draft's files: its authors add and remove them here (multipart forms, no script needed). */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const { proposal, call } = await getProposal(ctx, event.params.proposalId);
    authorize(ctx.actor, 'proposal.edit', { proposal, call });
    const on = await filesOn(ctx, 'proposal', proposal.id);
    return { proposal: { id: proposal.id, title: proposal.title }, ...on };
  });

const back = (id: string, notice: string) => redirect(303, `/proposals/${id}/files?${notice}=1`);

export const actions: Actions = {
  upload: async (event) => {
    const form = await event.request.formData().catch(() => new FormData());
    const id = event.params.proposalId;
    const result = await perform(event, {}, (ctx) =>
      attachFiles(ctx, 'proposal', id, { files: form.getAll('files') }),
    );
    if (!('done' in result)) return result;
    back(id, 'uploaded');
  },
  delete: async (event) => {
    const form = await event.request.formData().catch(() => new FormData());
    const id = event.params.proposalId;
    const result = await perform(event, {}, (ctx) =>
      deleteFile(ctx, String(form.get('fileId') ?? '')),
    );
    if (!('done' in result)) return result;
    back(id, 'deleted');
  },
};
