import type { Locale } from '../../i18n/locales.ts';
import type { MessageKey, MessageParams } from '../../i18n/message.ts';
import { translate } from '../i18n/catalogue.ts';
import { shownSize } from './body-limit.ts';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

interface PlainPage {
  status: number;
  title: MessageKey;
  body: MessageKey;
  params?: MessageParams;
  headers?: Record<string, string>;
}

/**
 * A plain, translated page for what the hook answers itself, before any route or layout can
 * render (the organisation may not even be known yet): a heading and one paragraph.
 */
function plainPage(locale: Locale, requestId: string, page: PlainPage): Response {
  const title = escape(translate(locale, page.title, page.params));
  const body = escape(translate(locale, page.body, page.params));
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Innovato-R</title><link rel="stylesheet" href="/app.css"></head>
<body><main id="main" class="container"><h1>${title}</h1><p>${body}</p></main></body></html>`;
  return new Response(html, {
    status: page.status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-request-id': requestId,
      'content-security-policy': "default-src 'none'; style-src 'self'; frame-ancestors 'none'",
      ...page.headers,
    },
  });
}

/** While the database cannot be reached: 503 and Retry-After. */
export const unavailablePage = (locale: Locale, requestId: string) =>
  plainPage(locale, requestId, {
    status: 503,
    title: 'errors.unavailable',
    body: 'errors.unavailable_body',
    headers: { 'retry-after': '30' },
  });

/** A body over the limit for forms and JSON (body-limit.ts): 413, naming the limit. */
export const tooLargePage = (locale: Locale, requestId: string, limit: number) =>
  plainPage(locale, requestId, {
    status: 413,
    title: 'errors.too_large',
    body: 'errors.too_large_body',
    params: { max: shownSize(limit) },
  });
