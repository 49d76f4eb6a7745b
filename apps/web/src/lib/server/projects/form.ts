import { z } from 'zod';
import { choice, optionalText, text, uuidField } from '../validation/fields.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { isUuid } from '../db/ids.ts';
import { CLIMATE_AREAS, METRICS, MILESTONE_STATUSES, RECURRENCES } from './states.ts';

/** One id or several (a form's repeated field, or a multiple select). */
const ids = (min: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]))
    .transform((v) => [...new Set(v.filter((x) => x !== ''))])
    .pipe(
      z
        .array(uuidField())
        .min(min, { message: 'form.required' satisfies MessageKey })
        .max(50),
    );

/** A calendar day, as a date input sends it. */
export const day = () =>
  z
    .string({ error: 'form.required' satisfies MessageKey })
    .trim()
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), {
      message: 'projects.form.date' satisfies MessageKey,
    });

/** A decimal figure (comma or point), within what the register stores. */
const figure = () =>
  z
    .string({ error: 'form.required' satisfies MessageKey })
    .trim()
    .min(1, { message: 'form.required' satisfies MessageKey })
    .transform((s) => s.replace(/\s/g, '').replace(',', '.'))
    .refine((s) => /^-?\d{1,13}(\.\d{1,2})?$/.test(s), {
      message: 'projects.form.figure' satisfies MessageKey,
    })
    .transform(Number);
const optionalFigure = () =>
  z
    .string()
    .optional()
    .transform((s) => (s && s.trim() ? s : undefined))
    .pipe(figure().optional());

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

export const projectSchema = z.object({
  proposalIds: ids(1),
  title: optionalText({ max: 200 }),
  summary: optionalText({ max: 5000, multiline: true }),
  departmentId: uuidField(),
  leadId: uuidField(),
  team: ids(0),
  mentors: ids(0),
  support: optionalText({ max: 2000, multiline: true }),
  budgetRon: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: 'projects.form.figure' satisfies MessageKey })
      .int({ message: 'projects.form.figure' satisfies MessageKey })
      .min(0, { message: 'projects.form.figure' satisfies MessageKey })
      .max(1_000_000_000, { message: 'projects.form.figure' satisfies MessageKey })
      .optional(),
  ),
  climateArea: z.preprocess(emptyAsUndefined, choice(CLIMATE_AREAS).optional()),
});

export const milestoneSchema = z.object({
  title: text({ max: 200 }),
  dueOn: day(),
  weight: z.coerce
    .number({ error: 'projects.form.weight' satisfies MessageKey })
    .int({ message: 'projects.form.weight' satisfies MessageKey })
    .min(1, { message: 'projects.form.weight' satisfies MessageKey })
    .max(100, { message: 'projects.form.weight' satisfies MessageKey }),
});

export const milestoneStatusSchema = z.object({
  milestoneId: uuidField(),
  status: choice(MILESTONE_STATUSES),
});

export const updateSchema = z.object({ body: text({ max: 5000, multiline: true }) });

export const savingsSchema = z
  .object({
    metric: choice(METRICS),
    customUnit: optionalText({ max: 40 }),
    baseline: optionalFigure(),
    estimate: optionalFigure(),
    measured: optionalFigure(),
    periodStart: day(),
    periodEnd: day(),
    recurrence: choice(RECURRENCES),
    method: text({ max: 2000, multiline: true }),
    evidence: optionalText({ max: 2000, multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.metric === 'custom' && !v.customUnit) {
      ctx.addIssue({ code: 'custom', path: ['customUnit'], message: 'form.required' });
    }
    if (v.periodEnd < v.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'projects.form.period' });
    }
  });

export const kpiSchema = z
  .object({
    name: text({ max: 200 }),
    unit: optionalText({ max: 40 }),
    beforeValue: figure(),
    beforeOn: day(),
    afterValue: optionalFigure(),
    afterOn: z.preprocess(emptyAsUndefined, day().optional()),
  })
  .superRefine((v, ctx) => {
    // The value after comes with its date, on or after the value before.
    if ((v.afterValue === undefined) !== (v.afterOn === undefined)) {
      const path = v.afterOn === undefined ? 'afterOn' : 'afterValue';
      ctx.addIssue({ code: 'custom', path: [path], message: 'form.required' });
    } else if (v.afterOn && v.afterOn < v.beforeOn) {
      ctx.addIssue({ code: 'custom', path: ['afterOn'], message: 'projects.form.period' });
    }
  });

/** What may change once a project exists: all but the proposals it delivers; a title is due. */
export const projectEditSchema = projectSchema
  .omit({ proposalIds: true })
  .extend({ title: text({ max: 200 }) });

/** The value after, measured later: a KPI's second figure and its date. */
export const kpiAfterSchema = z.object({
  afterValue: figure(),
  afterOn: day(),
});

/** A KPI's address, /projects/[projectId]/kpis/[kpiId] (parsed with parseParams). */
export const kpiParamsSchema = z.object({
  projectId: z.string(),
  kpiId: z.string().refine(isUuid),
});

export const verifierSchema = z.object({ userId: uuidField() });
