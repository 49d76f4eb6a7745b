import { z } from 'zod';
import { text, uuidField } from '../validation/fields.ts';
import { isUuid } from '../db/ids.ts';
import { parseLei, wholeNumber } from '../calls/form.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { BENEFIT_METRICS, type YearlyBenefits } from './schema.ts';

/**
 * The version the edit form was opened on (issue 7: no lost updates): a save carrying an older
 * one is refused with the newer text shown. Absent (a script, a test) means "the latest".
 */
const version = z.coerce.number().int().min(1).optional().catch(undefined);

const invalidNumber = { error: 'proposals.number.invalid' satisfies MessageKey };

/** A whole number from a form's text (digits only) or a number; empty is "not given". */
const count = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? wholeNumber(v) : (v ?? undefined)),
    z
      .number(invalidNumber)
      .int(invalidNumber)
      .min(0, invalidNumber)
      .max(max, invalidNumber)
      .optional(),
  );

const lei = z.preprocess(
  (v) => (typeof v === 'string' ? parseLei(v) : (v ?? undefined)),
  z
    .number(invalidNumber)
    .int(invalidNumber)
    .min(0, invalidNumber)
    .max(1e13, invalidNumber)
    .optional(),
);

/** Several ticked boxes of one name: none, one (a string) or several (an array). */
const many = (item: z.ZodType<string, string>, max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(item).max(max))
    .transform((list) => [...new Set(list)]);

const longText = () =>
  text({ max: 5000, min: 0, multiline: true })
    .optional()
    .transform((v) => v ?? '');

/** The form's fields: a draft needs a title and a category; the rest may come later. */
const fields = z.object({
  version,
  title: text({ max: 200 }),
  categoryId: uuidField(),
  problem: text({ max: 5000, min: 0, multiline: true }),
  solution: text({ max: 5000, min: 0, multiline: true }),
  baseline: longText(),
  affectedDepartmentIds: many(
    z.string().refine(isUuid, { message: 'form.invalid_choice' satisfies MessageKey }),
    200,
  ),
  mvpPlan: longText(),
  mvpWeeks: z.preprocess(
    (v) => (typeof v === 'string' ? wholeNumber(v) : (v ?? undefined)),
    z
      .number(invalidNumber)
      .int(invalidNumber)
      .min(1, invalidNumber)
      .max(104, invalidNumber)
      .optional(),
  ),
  cost: lei,
  staffHours: count(10_000_000),
  benefit_ron: lei,
  benefit_staff_hours: count(10_000_000),
  benefit_paper_sheets: count(1_000_000_000),
  benefit_kwh: count(1_000_000_000),
  benefit_co2e_kg: count(1_000_000_000),
  kpis: longText(),
  risks: longText(),
  tags: many(text({ max: 40 }), 30),
});

/** The form's fields as the table's columns (money in bani, benefits per metric). */
const toColumns = ({
  cost,
  benefit_ron,
  benefit_staff_hours,
  benefit_paper_sheets,
  benefit_kwh,
  benefit_co2e_kg,
  mvpWeeks,
  staffHours,
  ...f
}: z.output<typeof fields>) => ({
  ...f,
  mvpWeeks: mvpWeeks ?? null,
  costMinor: cost ?? null,
  staffHours: staffHours ?? null,
  yearlyBenefits: Object.fromEntries(
    BENEFIT_METRICS.map((m, i) => [
      m,
      [benefit_ron, benefit_staff_hours, benefit_paper_sheets, benefit_kwh, benefit_co2e_kg][i],
    ]).filter(([, v]) => v !== undefined),
  ) as YearlyBenefits,
});

export const draftSchema = fields.transform(toColumns);

/** Submitting needs the problem and the solution too (spaces or invisible characters only do not count). */
export const submitSchema = fields
  .extend({
    problem: text({ max: 5000, multiline: true }),
    solution: text({ max: 5000, multiline: true }),
  })
  .transform(toColumns);
