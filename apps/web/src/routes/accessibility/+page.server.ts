import { z } from 'zod';
import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { runAction } from '#lib/server/http/run-action.ts';
import { parseForm } from '#lib/server/http/parse-form.ts';
import { email, optionalText, text } from '#lib/server/http/fields.ts';
import { submitAccessibilityFeedback } from '#lib/server/feedback/service.ts';

const feedbackSchema = z.object({
  message: text({ max: 5000, multiline: true }),
  pageUrl: optionalText({ max: 2000 }),
  name: optionalText({ max: 200 }),
  email: z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s : undefined))
    .pipe(email().optional()),
});

export const actions: Actions = {
  default: async (event) => {
    const form = await parseForm(event.request, feedbackSchema);
    if (!form.ok) return fail(400, form);
    return runAction(event, form.values, async (ctx) => {
      await submitAccessibilityFeedback(ctx, form.data, event.getClientAddress());
      return { sent: true };
    });
  },
};
