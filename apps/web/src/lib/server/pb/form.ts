import { z } from 'zod';
import { choice, optionalText, text, uuidField, wholeNumber } from '../validation/fields.ts';
import { zonedInputToUtc } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { PHASES, REQUIRED_PHASES, type Phase } from './phases.ts';
import { COUNTING_RULES } from './ballot-rule.ts';

/** An amount typed in whole currency units, optionally with cents ("150000", "150000,50"). */
export const amount = () =>
  z
    .union([z.number(), z.string()], { error: 'form.required' satisfies MessageKey })
    .transform((v, ctx) => {
      const s = String(v).replace(/[\s\u00a0\u202f]/g, '');
      const m = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(s);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: 'pb.form.amount' satisfies MessageKey });
        return z.NEVER;
      }
      return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
    });

/** A date and time typed in the organisation's time zone (or a Date), as UTC. */
export const zoned = (timeZone: string) =>
  z.union([z.date(), z.string()]).transform((v, ctx) => {
    const d = v instanceof Date ? v : zonedInputToUtc(v.trim(), timeZone);
    if (!d || Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'form.invalid_datetime' satisfies MessageKey });
      return z.NEVER;
    }
    return d;
  });

/**
 * The process form: texts per language, who takes part, money, counting, and the timeline —
 * `phase_<name>` (used or not; required phases always) and `starts_<name>` for each phase used.
 */
export function processFormSchema(timeZone: string) {
  const phaseFields = Object.fromEntries(
    PHASES.flatMap((p) => [
      [`phase_${p}`, z.unknown().optional()],
      [`starts_${p}`, z.unknown().optional()],
    ]),
  );
  return z
    .object({
      title_ro: text({ max: 200 }),
      title_en: optionalText({ max: 200 }),
      title_hu: optionalText({ max: 200 }),
      description_ro: text({ max: 10_000, multiline: true }),
      description_en: optionalText({ max: 10_000, multiline: true }),
      description_hu: optionalText({ max: 10_000, multiline: true }),
      audience: choice(['public', 'internal']),
      budget: amount(),
      projectCap: amount(),
      countingRule: choice(COUNTING_RULES),
      maxWinners: wholeNumber(1, 1000, 'pb.form.number'),
      ...phaseFields,
    })
    .transform((form, ctx) => {
      const f = form as typeof form & Record<string, unknown>;
      const phases: { phase: Phase; startsAt: Date }[] = [];
      for (const p of PHASES) {
        const used = REQUIRED_PHASES.includes(p) || isOn(f[`phase_${p}`]);
        if (!used) continue;
        const d = zoned(timeZone).safeParse(f[`starts_${p}`]);
        if (!d.success) {
          ctx.addIssue({ code: 'custom', path: [`starts_${p}`], message: 'form.invalid_datetime' });
          continue;
        }
        const last = phases.at(-1);
        if (last && d.data <= last.startsAt)
          ctx.addIssue({ code: 'custom', path: [`starts_${p}`], message: 'pb.phase.order' });
        phases.push({ phase: p, startsAt: d.data });
      }
      if (f.projectCap > f.budget)
        ctx.addIssue({ code: 'custom', path: ['projectCap'], message: 'pb.form.cap_over_budget' });
      return {
        title: { ro: f.title_ro, en: f.title_en, hu: f.title_hu },
        description: { ro: f.description_ro, en: f.description_en, hu: f.description_hu },
        audience: f.audience,
        budget: f.budget,
        projectCap: f.projectCap,
        countingRule: f.countingRule,
        maxWinners: f.maxWinners,
        phases,
      };
    });
}

const isOn = (v: unknown) => v === true || v === 'on' || v === 'true';

export const projectFormSchema = z.object({
  domainId: uuidField(),
  title: text({ max: 200 }),
  summary: optionalText({ max: 5000, multiline: true }),
  cost: amount(),
  location: optionalText({ max: 200 }),
});
