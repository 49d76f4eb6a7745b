import type { Message } from './i18n/message.ts';

export interface FormState {
  values: Record<string, string>;
  errors: Record<string, Message>;
  formError?: Message;
}

/** What an action returned, in the one shape every form page renders (values, errors, form error). */
export function formState(form: unknown, fallbackValues: Record<string, string> = {}): FormState {
  const f = (form ?? {}) as Partial<FormState>;
  return {
    values: f.values ?? fallbackValues,
    errors: f.errors ?? {},
    ...(f.formError ? { formError: f.formError } : {}),
  };
}
