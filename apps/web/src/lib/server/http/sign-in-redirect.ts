import { redirect } from '@sveltejs/kit';

/** Pages that need an account send anonymous visitors to sign in, and back afterwards. */
export function signInRedirect(url: URL): never {
  redirect(303, `/account/sign-in?returnTo=${encodeURIComponent(url.pathname + url.search)}`);
}
