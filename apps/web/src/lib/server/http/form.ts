/**
 * Reading what a browser posted, for the commands (which validate it themselves) and for the
 * form shown back (strings only, never passwords or tokens).
 */

/** The fields as commands take them: a name sent once is a string, sent twice an array. */
export function formFields(form: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
    fields[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return fields;
}

const SECRET = ['password', 'passwordConfirm', 'currentPassword', 'token'];

/** What the user typed, to show back in the form: strings only, never files or secrets. */
export function formValues(form: FormData, secret: readonly string[] = SECRET) {
  const values: Record<string, string> = {};
  for (const [key, value] of form) {
    if (typeof value === 'string' && !secret.includes(key)) values[key] = value;
  }
  return values;
}

/**
 * The posted form: `raw` for the command, `values` for the page. A body that is not a form at
 * all (wrong content type, broken) reads as an empty form: the command then says what is missing.
 */
export async function readForm(request: Request) {
  const form = await request.formData().catch(() => new FormData());
  return { raw: formFields(form), values: formValues(form) };
}

/** A field that may be sent several times (a multiple select) as a list, to show it back. */
export const listOf = (value: string | string[] | undefined): string[] =>
  value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value];
