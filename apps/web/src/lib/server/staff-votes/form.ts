import { z } from 'zod';
import { Invalid } from '../errors.ts';
import { zoned } from '../pb/form.ts';
import { parseRulesForm } from '../pb/rules.ts';
import { parseInput } from '../validation/parse.ts';
import type { MessageKey } from '../../i18n/message.ts';

/** A missing field reads as an empty one: "enter a date", not a type error. */
const date = (timeZone: string) => z.preprocess((v) => v ?? '', zoned(timeZone));

/** The staff vote's dates, in the organisation's time zone: voting opens, closes, results. */
export const datesSchema = (timeZone: string) =>
  z
    .object({ opensAt: date(timeZone), closesAt: date(timeZone), resultsAt: date(timeZone) })
    .superRefine((d, ctx) => {
      const order = 'pb.phase.order' satisfies MessageKey;
      if (d.closesAt <= d.opensAt)
        ctx.addIssue({ code: 'custom', path: ['closesAt'], message: order });
      else if (d.resultsAt <= d.closesAt)
        ctx.addIssue({ code: 'custom', path: ['resultsAt'], message: order });
    });

/** Runs a parser, keeping its field errors rather than stopping at them. */
function collect<T>(errors: Invalid['fields'], parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    Object.assign(errors, error.fields);
    return null;
  }
}

/**
 * The form that turns a staff vote on: the ballot rule and counting rule (the same fields as a
 * process's rules form) and the dates. Every field's problem is reported at once.
 */
export function parseStaffVoteForm(input: unknown, timeZone: string) {
  const errors: Invalid['fields'] = {};
  const rules = collect(errors, () => parseRulesForm(input));
  const dates = collect(errors, () => parseInput(datesSchema(timeZone), input));
  if (!rules || !dates) throw new Invalid(errors);
  return { ...rules, ...dates };
}
