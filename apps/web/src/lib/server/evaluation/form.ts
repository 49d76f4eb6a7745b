import { z } from 'zod';
import type { MessageKey } from '../../i18n/message.ts';
import { choice, optionalText, text, uuidField, wholeNumber } from '../validation/fields.ts';
import type { Criterion } from '../calls/rubric.ts';

/** A form field sent once is a string, several times an array: always an array here. */
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  );

const perProposalRange = 'evaluation.assign.per_proposal_range' satisfies MessageKey;

export const assignSchema = z
  .object({
    mode: choice(['balanced', 'all']),
    perProposal: z.preprocess(
      (v) => (v === '' ? undefined : v),
      wholeNumber(1, 20, perProposalRange).optional(),
    ),
    evaluatorIds: many(uuidField()).refine((a) => a.length > 0, {
      message: 'evaluation.assign.pick_evaluators' satisfies MessageKey,
    }),
  })
  .superRefine((v, ctx) => {
    if (v.mode === 'balanced' && v.perProposal === undefined) {
      ctx.addIssue({ code: 'custom', path: ['perProposal'], message: perProposalRange });
    }
  });

export const conflictSchema = z.object({ conflictReason: text({ max: 2000, multiline: true }) });

const scoreValue = z.preprocess(
  (v) => (v === '' || v === undefined ? undefined : v),
  wholeNumber(1, 5, 'evaluation.score.range').optional(),
);

/**
 * The scoring form for a rubric: `score_<key>` (1–5, or left empty: not scored yet) and
 * `comment_<key>` per criterion, and the version the evaluator read.
 */
export function scoresSchema(rubric: readonly Criterion[]) {
  const shape: Record<string, z.ZodType> = {
    version: wholeNumber(0, 1_000_000_000, 'form.invalid'),
  };
  for (const c of rubric) {
    shape[`score_${c.key}`] = scoreValue;
    shape[`comment_${c.key}`] = optionalText({ max: 2000, multiline: true });
  }
  return z.object(shape).superRefine((v, ctx) => {
    // A comment on a criterion left unscored would be lost: ask for the score.
    for (const c of rubric) {
      if (v[`comment_${c.key}`] && v[`score_${c.key}`] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [`score_${c.key}`],
          message: 'evaluation.score.missing_for_comment' satisfies MessageKey,
        });
      }
    }
  });
}

export const decisionSchema = z.object({
  proposalId: uuidField(),
  outcome: choice(['select', 'not_select']),
  decisionJustification: text({ max: 5000, multiline: true }),
});
