import type { z } from 'zod';
import { isMessageKey, type Message } from '../../i18n/translate.ts';

export type FieldErrors = Record<string, Message>;

export type Parsed<T> =
  | { ok: true; data: T; values: Record<string, string> }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** What the user typed, to show back in the form: strings only, never files or secrets. */
export function formValues(form: FormData, secret: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) {
    if (typeof value === 'string' && !secret.includes(key)) values[key] = value;
  }
  return values;
}

/** The posted fields as a schema takes them: a name sent once is a string, sent twice an array. */
export function formFields(form: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
    fields[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return fields;
}

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

export function parseFormData<S extends z.ZodType>(
  form: FormData,
  schema: S,
  secret: readonly string[] = ['password', 'passwordConfirm', 'currentPassword'],
): Parsed<z.output<S>> {
  const values = formValues(form, secret);
  const result = schema.safeParse(formFields(form));
  return result.success
    ? { ok: true, data: result.data, values }
    : { ok: false, errors: issuesToErrors(result.error.issues), values };
}

export async function parseForm<S extends z.ZodType>(request: Request, schema: S) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    // Not a form at all (wrong content type, broken body): a field-less error, never a 500.
    return { ok: false, errors: { form: { key: 'form.invalid' } }, values: {} } as Parsed<
      z.output<S>
    >;
  }
  return parseFormData(form, schema);
}
