import type { Locale } from '../../i18n/locales.ts';
import { translate } from '../i18n/catalogue.ts';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * What a request gets while the database cannot be reached (before any page can be rendered:
 * the organisation itself is not known yet): a plain, translated page, 503 and Retry-After.
 */
export function unavailablePage(locale: Locale, requestId: string): Response {
  const title = escape(translate(locale, 'errors.unavailable'));
  const body = escape(translate(locale, 'errors.unavailable_body'));
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Innovato-R</title><link rel="stylesheet" href="/app.css"></head>
<body><main id="main" class="container"><h1>${title}</h1><p>${body}</p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'retry-after': '30',
      'cache-control': 'no-store',
      'x-request-id': requestId,
      'content-security-policy': "default-src 'none'; style-src 'self'; frame-ancestors 'none'",
    },
  });
}
