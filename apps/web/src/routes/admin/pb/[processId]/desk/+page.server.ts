import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { getProcess } from '#lib/server/pb/processes.ts';
import {
  confirmPaperBatch,
  enterPaperBatch,
  paperBatches,
  recordAssistedBallot,
} from '#lib/server/pb/desk.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const view = await getProcess(ctx, event.params.processId);
    authorize(ctx.actor, 'pb.desk.record', view.process);
    return { ...view, batches: await paperBatches(ctx, view.process), me: ctx.actor!.userId };
  });

export const actions: Actions = {
  /** A ballot recorded for a person whose identity was checked in person. */
  assist: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      recordAssistedBallot(ctx, event.params.processId, raw),
    );
    if (!('done' in result)) return result;
    const out = result.value;
    if ('issues' in out)
      return fail(400, {
        issues: out.issues,
        selected: Object.fromEntries(out.choice),
        values,
      });
    return { receipt: out.receipt };
  },
  /** A batch of paper ballots, counted once another person confirms it. */
  paper: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      enterPaperBatch(ctx, event.params.processId, raw),
    );
    if (!('done' in result)) return result;
    return { entered: result.value.number };
  },
  confirm: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      confirmPaperBatch(ctx, event.params.processId, String(raw.batchId ?? '')),
    );
    if (!('done' in result)) return result;
    return { confirmed: result.value.number };
  },
};
