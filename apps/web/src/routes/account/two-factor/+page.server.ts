import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import {
  confirmTwoFactor,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
  twoFactorStatus,
} from '#lib/server/accounts/two-factor.ts';

/** Two-factor sign-in for one's own account: turn it on (QR, first code), codes, turn it off. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return { status: await twoFactorStatus(ctx) };
  });

export const actions: Actions = {
  start: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const result = await perform(event, {}, (ctx) => startTwoFactorSetup(ctx));
    if (!('done' in result)) return result;
    return { started: true };
  },
  confirm: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => confirmTwoFactor(ctx, raw));
    if (!('done' in result)) return result;
    return { recoveryCodes: result.value, notice: 'accounts.two_factor.enabled' as const };
  },
  regenerate: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => regenerateRecoveryCodes(ctx, raw));
    if (!('done' in result)) return result;
    return { recoveryCodes: result.value };
  },
  disable: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => disableTwoFactor(ctx, raw));
    if (!('done' in result)) return result;
    return { notice: 'accounts.two_factor.disabled' as const };
  },
};
