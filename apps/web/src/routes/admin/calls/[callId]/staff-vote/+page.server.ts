import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { utcToZonedInput } from '#lib/i18n/format.ts';
import { BALLOT_KINDS, COUNTING_RULES } from '#lib/server/pb/ballot-rule.ts';
import { staffVotePage } from '#lib/server/staff-votes/queries.ts';
import {
  enableStaffVote,
  moveStaffVote,
  publishStaffChoice,
} from '#lib/server/staff-votes/commands.ts';
import { rebuildStaffBallot, turnOffStaffVote } from '#lib/server/staff-votes/draft.ts';

const DAY = 86_400_000;

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const page = await staffVotePage(ctx, event.params.callId);
    const tz = ctx.org.timeZone;
    const at = (days: number) => utcToZonedInput(new Date(ctx.now().getTime() + days * DAY), tz);
    return {
      ...page,
      kinds: BALLOT_KINDS,
      countingRules: COUNTING_RULES,
      // A week of voting from tomorrow, results the day after; up to three choices each.
      defaults: {
        kind: 'approval',
        minProjects: '1',
        maxProjects: '3',
        countingRule: 'cluj',
        maxWinners: String(page.call.winnersCount ?? 3),
        opensAt: at(1),
        closesAt: at(8),
        resultsAt: at(9),
      } as Record<string, string>,
    };
  });

export const actions: Actions = {
  enable: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      enableStaffVote(ctx, event.params.callId, raw),
    );
    if (!('done' in result)) return result;
    return { done: 'staff_vote.enabled' as const };
  },
  /** Opens, closes or counts the vote now rather than at its date. */
  phase: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      moveStaffVote(ctx, event.params.callId, raw.name),
    );
    if (!('done' in result)) return result;
    return { done: 'pb.phase.moved' as const };
  },
  publish: async (event) => {
    const { values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      publishStaffChoice(ctx, event.params.callId),
    );
    if (!('done' in result)) return result;
    return { done: 'staff_vote.published' as const };
  },
  /** Before voting: the ballot again from the call's proposals as they are now. */
  rebuild: async (event) => {
    const { values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      rebuildStaffBallot(ctx, event.params.callId),
    );
    if (!('done' in result)) return result;
    return { done: 'staff_vote.rebuilt' as const };
  },
  /** Before voting: the vote and its process removed; the call may have a new one. */
  turnOff: async (event) => {
    const { values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      turnOffStaffVote(ctx, event.params.callId),
    );
    if (!('done' in result)) return result;
    return { done: 'staff_vote.turned_off' as const };
  },
};
