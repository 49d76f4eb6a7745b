import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { getProcess } from '#lib/server/pb/processes.ts';
import { checkReceipt } from '#lib/server/pb/booth.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => ({ ...(await getProcess(ctx, event.params.processId)) }));

export const actions: Actions = {
  /** Posted, not in the address: a receipt code should not sit in logs or history. */
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      checkReceipt(ctx, event.params.processId, String(raw.receipt ?? '')),
    );
    if (!('done' in result)) return result;
    return { counted: result.value, values };
  },
};
