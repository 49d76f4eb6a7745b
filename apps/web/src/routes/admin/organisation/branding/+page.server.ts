import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import {
  getBranding,
  removeLogo,
  setAccentColour,
  setLogo,
} from '#lib/server/organisations/branding.ts';
import { LOGO_MAX_BYTES } from '#lib/server/organisations/logo-image.ts';
import { PAGE_BACKGROUND, contrastRatio, shownRatio } from '#lib/server/organisations/contrast.ts';

const NOTICES = {
  colour: 'branding.accent.saved',
  logo: 'branding.logo.saved',
  removed: 'branding.logo.removed',
} as const;

/** Logo and accent colour: the domain authorises (organisation.manage_settings). */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const saved = event.url.searchParams.get('saved') as keyof typeof NOTICES | null;
    const branding = await getBranding(ctx);
    return {
      branding,
      ratio: branding.accentColour
        ? shownRatio(contrastRatio(branding.accentColour, PAGE_BACKGROUND))
        : null,
      logoMaxKb: LOGO_MAX_BYTES / 1024,
      notice: saved && saved in NOTICES ? NOTICES[saved] : null,
    };
  });

const tooLarge = () =>
  fail(400, {
    errors: {
      logo: { key: 'branding.logo.too_large', params: { max: `${LOGO_MAX_BYTES / 1024} KB` } },
    },
    values: {},
  });

/**
 * The uploaded file's bytes. A body far over the limit is refused from its declared length,
 * before it is read; one the server cannot read as a form is answered the same way.
 */
async function uploadedLogo(request: Request) {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > LOGO_MAX_BYTES + 64 * 1024) return null;
  const form = await request.formData().catch(() => null);
  if (!form) return null;
  const file = form.get('logo');
  return { logo: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : undefined };
}

export const actions: Actions = {
  colour: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => setAccentColour(ctx, raw));
    if (!('done' in result)) return result;
    redirect(303, '/admin/organisation/branding?saved=colour');
  },
  logo: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const input = await uploadedLogo(event.request);
    if (!input) return tooLarge();
    const result = await perform(event, {}, (ctx) => setLogo(ctx, input));
    if (!('done' in result)) return result;
    redirect(303, '/admin/organisation/branding?saved=logo');
  },
  removeLogo: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const result = await perform(event, {}, (ctx) => removeLogo(ctx));
    if (!('done' in result)) return result;
    redirect(303, '/admin/organisation/branding?saved=removed');
  },
};
