import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { createProcess } from '#lib/server/pb/processes.ts';
import { PHASES, REQUIRED_PHASES } from '#lib/server/pb/phases.ts';
import { COUNTING_RULES } from '#lib/server/pb/ballot-rule.ts';
import { utcToZonedInput } from '#lib/i18n/format.ts';

/** Cluj-Napoca's usual spacing: a phase every three weeks from today. */
const SPACING_DAYS = 21;

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    authorize(ctx.actor, 'pb.process.create');
    const now = ctx.now().getTime();
    const dates = PHASES.flatMap((p, i) => [
      [`phase_${p}`, p === 'appeals' ? '' : 'on'],
      [
        `starts_${p}`,
        utcToZonedInput(new Date(now + i * SPACING_DAYS * 86_400_000), ctx.org.timeZone),
      ],
    ]);
    return {
      phases: PHASES,
      required: REQUIRED_PHASES,
      countingRules: COUNTING_RULES,
      defaults: {
        audience: 'public',
        budget: '900000',
        projectCap: '150000',
        countingRule: 'cluj',
        maxWinners: '15',
        ...Object.fromEntries(dates),
      } as Record<string, string>,
    };
  });

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => createProcess(ctx, raw));
    if (!('done' in result)) return result;
    redirect(303, `/admin/pb/${result.value.id}`);
  },
};
