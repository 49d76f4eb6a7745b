import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { requestMeta } from '#lib/server/http/request-meta.ts';
import { getProcess } from '#lib/server/pb/processes.ts';
import { castBallot, myBallot, reviewBallot, type Review } from '#lib/server/pb/booth.ts';
import { declareParticipation, eligibility, hasVoted } from '#lib/server/pb/voters.ts';

/** What the booth shows back: the choice as project id → points, and the code if one is used. */
const shown = (r: Review, code: unknown) => ({
  selected: Object.fromEntries(r.choice),
  total: r.total,
  code: typeof code === 'string' ? code : '',
});

type Outcome = { rejected: Review } | { cast: Awaited<ReturnType<typeof castBallot>> };

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const view = await getProcess(ctx, event.params.processId);
    const status = await eligibility(ctx, view.process);
    const mine = status.ok ? await myBallot(ctx, view) : null;
    return {
      ...view,
      status,
      voted: await hasVoted(ctx, view.process),
      selected: mine ? Object.fromEntries(mine) : ({} as Record<string, number>),
      signInHref: `/account/sign-in?returnTo=${encodeURIComponent(event.url.pathname)}`,
    };
  });

export const actions: Actions = {
  /** Relation to the city and birth year, once per process. */
  declare: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, async (ctx) => {
      const { process } = await getProcess(ctx, event.params.processId);
      return declareParticipation(ctx, process, raw);
    });
    if (!('done' in result)) return result;
    return { step: 'choose' as const, declared: true };
  },
  /** A one-time code from the city desk opens the booth without an account. */
  code: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, async (ctx) => {
      const { process } = await getProcess(ctx, event.params.processId);
      const e = await eligibility(ctx, process, String(raw.code ?? ''));
      return e.ok ? String(raw.code) : e.reason;
    });
    if (!('done' in result)) return result;
    if (result.value.startsWith('pb.'))
      return fail(409, { formError: { key: result.value as 'pb.code.unknown' }, values });
    return { step: 'choose' as const, code: result.value, selected: {}, total: 0 };
  },
  /** Checks the choice against the rule: back to the booth with messages, or on to review. */
  review: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      reviewBallot(ctx, event.params.processId, raw),
    );
    if (!('done' in result)) return result;
    const r = result.value;
    if (r.issues.length)
      return fail(400, { step: 'choose' as const, issues: r.issues, ...shown(r, raw.code) });
    return { step: 'review' as const, ...shown(r, raw.code) };
  },
  /** From the review, back to the booth with the same choices. */
  back: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      reviewBallot(ctx, event.params.processId, raw),
    );
    if (!('done' in result)) return result;
    return { step: 'choose' as const, ...shown(result.value, raw.code) };
  },
  /** Casts the ballot (checked again) and shows the receipt. */
  confirm: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, async (ctx): Promise<Outcome> => {
      const r = await reviewBallot(ctx, event.params.processId, raw);
      if (r.issues.length) return { rejected: r };
      return {
        cast: await castBallot(ctx, event.params.processId, raw, requestMeta(event)),
      };
    });
    if (!('done' in result)) return result;
    const v = result.value;
    if ('rejected' in v) {
      const r = v.rejected;
      return fail(400, { step: 'choose' as const, issues: r.issues, ...shown(r, raw.code) });
    }
    return { step: 'receipt' as const, receipt: v.cast.receipt, changed: v.cast.changed };
  },
};
