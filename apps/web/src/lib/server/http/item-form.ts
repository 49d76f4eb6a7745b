import { fail, type RequestEvent } from '@sveltejs/kit';
import type { Ctx } from '../context.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { perform } from './run-action.ts';
import { readForm } from './form.ts';

/**
 * A page that holds one small form per item and purpose (reply to this comment, hide that
 * one…) gives each field its own id: `<form>-<item>-<field>`, or `<form>-<field>` for the
 * page's one form of that purpose. Errors and typed values come back under those ids, so the
 * error summary links to the right field and the right form opens again with what was typed.
 */
export const itemFieldId = (form: string, item: string | undefined, field: string) =>
  item ? `${form}-${item}-${field}` : `${form}-${field}`;

function scoped<V>(form: string, item: string | undefined, map: Record<string, V>) {
  return Object.fromEntries(
    Object.entries(map).map(([k, v]) => [k === 'form' ? k : itemFieldId(form, item, k), v]),
  );
}

type Raw = Record<string, string | string[]>;

/**
 * Runs the command for one item's form (`itemField` names the posted field holding the item's
 * id). Success: `{ done }`, a message key for the banner; failure: the form's errors and values
 * under their field ids.
 */
export async function performItemForm(
  event: Pick<RequestEvent, 'request' | 'locals' | 'setHeaders'>,
  form: string,
  itemField: string,
  done: MessageKey,
  run: (ctx: Ctx, raw: Raw, item: string) => Promise<unknown>,
) {
  const { raw, values } = await readForm(event.request);
  const item = typeof raw[itemField] === 'string' ? (raw[itemField] as string) : '';
  const result = await perform(event, values, (ctx) => run(ctx, raw, item));
  if ('done' in result) return { done };
  const data = result.data as { errors?: Record<string, never>; values?: Record<string, string> };
  const at = item || undefined;
  return fail(result.status, {
    ...data,
    ...(data.errors ? { errors: scoped(form, at, data.errors) } : {}),
    values: scoped(form, at, data.values ?? {}),
  });
}
