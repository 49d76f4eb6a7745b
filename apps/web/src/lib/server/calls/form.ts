import { z } from 'zod';
import { checkbox, choice, optionalText, text } from '../validation/fields.ts';
import { zonedInputToUtc } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { STAFF_GRADES } from '../accounts/schema.ts';
import { isUuid } from '../db/ids.ts';
import { parseLocalizedLines } from './lines.ts';

const issue = (message: MessageKey) => ({ code: 'custom' as const, message });

/** A date-time as the form sends it (local, in the organisation's zone), or a Date. */
const localDateTime = (timeZone: string) =>
  z
    .union([z.date(), z.string()], { error: 'form.required' satisfies MessageKey })
    .transform((value, ctx) => {
      const date = value instanceof Date ? value : zonedInputToUtc(value.trim(), timeZone);
      if (
        !date ||
        Number.isNaN(date.getTime()) ||
        date.getUTCFullYear() < 2000 ||
        date.getUTCFullYear() > 2100
      ) {
        ctx.addIssue(issue('form.invalid_datetime'));
        return z.NEVER;
      }
      return date;
    });

/** An optional date-time: empty is "not set". */
const optionalDateTime = (timeZone: string) =>
  z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? undefined : v),
    localDateTime(timeZone).optional(),
  );

/** Several checkboxes of one name: none, one (a string) or several (an array) values. */
const manyOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(choice(values)).max(values.length))
    .transform((list) => [...new Set(list)]);

const departmentIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]))
  .pipe(
    z
      .array(z.string().refine(isUuid, { message: 'form.invalid_choice' satisfies MessageKey }))
      .max(500),
  )
  .transform((list) => [...new Set(list)]);

/** Digits only (no "0x10", "1e3" or "2.0" sneaking through Number()); empty is undefined. */
export const wholeNumber = (v: string) =>
  v.trim() === '' ? undefined : /^-?\d{1,12}$/.test(v.trim()) ? Number(v.trim()) : Number.NaN;

/** A whole number in a range, from a form's text or a number; empty is "not set". */
const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? wholeNumber(v) : v),
    z
      .number({ error: 'calls.number.invalid' satisfies MessageKey })
      .int({ error: 'calls.number.invalid' satisfies MessageKey })
      .min(min, { error: 'calls.number.invalid' satisfies MessageKey })
      .max(max, { error: 'calls.number.invalid' satisfies MessageKey })
      .optional(),
  );

/**
 * Money typed in lei, kept in bani: "25000", "25000.50", "25000,50", "25.000,50", "150 000".
 * Anything else (signs, exponents, three decimals, currency symbols) is refused, not guessed.
 */
export function parseLei(v: string): number | undefined {
  const s = v.trim();
  if (s === '') return undefined;
  const grouped = /^\d{1,3}(?:[ .]\d{3})+(?:,\d{1,2})?$/.test(s);
  const plain = /^\d{1,12}(?:[.,]\d{1,2})?$/.test(s);
  if (!grouped && !plain) return Number.NaN;
  const [whole, fraction = ''] = (grouped ? s.replace(/[ .]/g, '') : s).split(/[.,]/);
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

const optionalLei = z.preprocess(
  (v) => (typeof v === 'string' ? parseLei(v) : v),
  z
    .number({ error: 'calls.number.invalid' satisfies MessageKey })
    .int({ error: 'calls.number.invalid' satisfies MessageKey })
    .min(0, { error: 'calls.number.invalid' satisfies MessageKey })
    .max(1e13, { error: 'calls.number.invalid' satisfies MessageKey })
    .optional(),
);

/** Lines of "ro | en | hu", each part checked as text. */
const localizedList = (max: number, maxItems: number) =>
  z
    .string()
    .optional()
    .transform((v) => v ?? '')
    .pipe(text({ max: maxItems * (max * 3 + 6), min: 0, multiline: true }))
    .transform((v, ctx) => {
      const items = parseLocalizedLines(v);
      if (items.length > maxItems) ctx.addIssue(issue('calls.list.too_many'));
      if (items.some((t) => [t.ro, t.en, t.hu].some((s) => (s?.length ?? 0) > max))) {
        ctx.addIssue(issue('form.too_long'));
      }
      return items;
    });

const tagList = z
  .string()
  .optional()
  .transform((v) => v ?? '')
  .pipe(text({ max: 2000, min: 0, multiline: true }))
  .transform((v, ctx) => {
    const tags = [
      ...new Set(
        v
          .split(/[\n,]/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (tags.length > 30 || tags.some((t) => t.length > 40))
      ctx.addIssue(issue('calls.tags.invalid'));
    return tags;
  });

const SUBMITTER_ROLES = ['employee', 'evaluator', 'moderator', 'admin'] as const;

/**
 * The call form: texts per language (Romanian required); the dates of submission, evaluation
 * and decision in the organisation's zone; who may submit; individual and/or team proposals;
 * categories, tags, anonymity towards the jury, the formal checklist; winners and support.
 */
export function callFormSchema(timeZone: string) {
  return z
    .object({
      title_ro: text({ max: 200 }),
      title_en: optionalText({ max: 200 }),
      title_hu: optionalText({ max: 200 }),
      description_ro: text({ max: 10_000, multiline: true }),
      description_en: optionalText({ max: 10_000, multiline: true }),
      description_hu: optionalText({ max: 10_000, multiline: true }),
      audience: choice(['internal', 'public']),
      opensAt: localDateTime(timeZone),
      closesAt: localDateTime(timeZone),
      evaluationEndsAt: optionalDateTime(timeZone),
      decisionAt: optionalDateTime(timeZone),
      eligibleRoles: manyOf(SUBMITTER_ROLES),
      eligibleDepartmentIds: departmentIds,
      excludedGrades: manyOf(STAFF_GRADES),
      allowsIndividual: checkbox(),
      allowsTeam: checkbox(),
      maxTeamSize: optionalInt(2, 20),
      categories: localizedList(100, 20),
      tags: tagList,
      anonymousToJury: checkbox(),
      checklist: localizedList(300, 20),
      winnersCount: optionalInt(1, 1000),
      supportKind: z.preprocess(
        (v) => (v === undefined || v === '' ? 'budget' : v),
        choice(['budget', 'technical_assistance', 'both']),
      ),
      supportBudget: optionalLei,
      supportDescription_ro: optionalText({ max: 2000, multiline: true }),
      supportDescription_en: optionalText({ max: 2000, multiline: true }),
      supportDescription_hu: optionalText({ max: 2000, multiline: true }),
    })
    .superRefine((f, ctx) => {
      const at = (path: string, message: MessageKey) =>
        ctx.addIssue({ ...issue(message), path: [path] });
      if (f.closesAt <= f.opensAt) at('closesAt', 'calls.closes_at.before_opens');
      if (f.evaluationEndsAt && f.evaluationEndsAt < f.closesAt)
        at('evaluationEndsAt', 'calls.evaluation_ends_at.before_closes');
      if (f.decisionAt && f.decisionAt < (f.evaluationEndsAt ?? f.closesAt))
        at('decisionAt', 'calls.decision_at.too_early');
      if (f.audience === 'internal' && !f.eligibleRoles.length)
        at('eligibleRoles', 'calls.roles.required');
      if (!f.allowsIndividual && !f.allowsTeam)
        at('allowsIndividual', 'calls.submission_modes.required');
      if (f.allowsTeam && !f.maxTeamSize) at('maxTeamSize', 'calls.max_team_size.required');
    })
    .transform((f) => ({
      title: { ro: f.title_ro, en: f.title_en, hu: f.title_hu },
      description: { ro: f.description_ro, en: f.description_en, hu: f.description_hu },
      audience: f.audience,
      opensAt: f.opensAt,
      closesAt: f.closesAt,
      evaluationEndsAt: f.evaluationEndsAt ?? null,
      decisionAt: f.decisionAt ?? null,
      eligibleRoles: f.eligibleRoles.length ? f.eligibleRoles : ['employee'],
      eligibleDepartmentIds: f.eligibleDepartmentIds,
      excludedGrades: f.excludedGrades,
      allowsIndividual: f.allowsIndividual,
      allowsTeam: f.allowsTeam,
      maxTeamSize: f.allowsTeam ? (f.maxTeamSize ?? null) : null,
      categories: f.categories,
      tags: f.tags,
      anonymousToJury: f.anonymousToJury,
      checklist: f.checklist,
      winnersCount: f.winnersCount ?? null,
      supportKind: f.supportKind,
      supportBudgetMinor: f.supportBudget ?? null,
      supportDescription: f.supportDescription_ro
        ? { ro: f.supportDescription_ro, en: f.supportDescription_en, hu: f.supportDescription_hu }
        : null,
    }));
}

export type CallForm = z.output<ReturnType<typeof callFormSchema>>;

/** What an edit carries besides the form: the version it was made on, and (once the call's rules are locked) why. */
export const editSchema = z.object({
  version: z.coerce
    .number({ error: 'form.invalid' satisfies MessageKey })
    .int()
    .min(1),
  changeReason: optionalText({ max: 2000, multiline: true }),
});
