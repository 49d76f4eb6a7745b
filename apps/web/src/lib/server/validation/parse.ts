import type { z } from 'zod';
import { Invalid, NotFound } from '../errors.ts';
import type { Message } from '../../i18n/message.ts';
import { isMessageKey } from '../i18n/catalogue.ts';

/** Field name → the message to show beside it. */
export type FieldErrors = Record<string, Message>;

/** Zod issues → one message per field (the first), as message keys the page translates. */
export function issuesToErrors(issues: z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    const params = (issue as { params?: Record<string, string | number> }).params;
    errors[field] = isMessageKey(issue.message)
      ? { key: issue.message, ...(params ? { params } : {}) }
      : { key: 'form.invalid' };
  }
  return errors;
}

/**
 * Commands take what the caller sent (a form's fields, a test's object, a script's arguments)
 * and validate it themselves with their module's schema, so that any caller gets Invalid with
 * message keys for bad input — never a 500, never a half-checked value.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw new Invalid(issuesToErrors(result.error.issues));
  return result.data;
}

/**
 * A route's parameters, the ids in its address, with their own schema: they are not form
 * fields, so what does not fit names nothing here — "not found" (404), never a message beside
 * a field the page does not have.
 */
export function parseParams<S extends z.ZodType>(
  schema: S,
  params: unknown,
  resource: string,
): z.output<S> {
  const result = schema.safeParse(params ?? {});
  if (!result.success) throw new NotFound(resource);
  return result.data;
}
