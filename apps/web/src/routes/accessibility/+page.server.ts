import type { Actions } from './$types';
import { perform } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { submitAccessibilityFeedback } from '#lib/server/feedback/service.ts';

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      submitAccessibilityFeedback(ctx, raw, event.getClientAddress()),
    );
    if (!('done' in result)) return result;
    return { sent: true };
  },
};
