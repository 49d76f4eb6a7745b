import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { assignmentView } from '#lib/server/evaluation/evaluator-views.ts';
import { declareConflict, saveScores } from '#lib/server/evaluation/scores.ts';
import { filesOn } from '#lib/server/files/list.ts';

/** One proposal to evaluate: its text (never its authors), the rubric, the evaluator's scores. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const view = await assignmentView(ctx, event.params.assignmentId);
    // The proposal's files, as the jury reads them: in a blind call without names (decision 085).
    return { ...view, files: await filesOn(ctx, 'proposal', view.proposal.id) };
  });

export const actions: Actions = {
  score: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      saveScores(ctx, event.params.assignmentId, raw),
    );
    if (!('done' in result)) return result;
    return { done: 'evaluation.scores_saved' as const };
  },
  conflict: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      declareConflict(ctx, event.params.assignmentId, raw),
    );
    if (!('done' in result)) return result;
    return { done: 'evaluation.conflict_declared' as const };
  },
};
