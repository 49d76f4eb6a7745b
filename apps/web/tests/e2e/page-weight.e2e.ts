/**
 * What a public page sends besides its HTML: no script at all (pages are server-rendered
 * documents, decision 009), and at most 15 KB gzipped of messages. Every response the page
 * causes is counted, so a script, a serialised catalogue or a data request cannot hide.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { baseUrl, demoCallHref, launchBrowser } from './browser.ts';
import { msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const MESSAGES_LIMIT = 15 * 1024;

async function weigh(path: string, as?: 'employee') {
  const context = await browser.newContext({ baseURL: baseUrl() });
  if (as) await context.addCookies([{ ...inject('sessions')[as]!, url: baseUrl() }]);
  const page = await context.newPage();
  const sent: { url: string; type: string; body: Buffer }[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (['script', 'fetch', 'xhr'].includes(type)) {
      sent.push({
        url: response.url(),
        type,
        body: await response.body().catch(() => Buffer.alloc(0)),
      });
    }
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const html = await page.content();
  await context.close();
  // Inline scripts (a hydration payload would be one) count as what the page sends too.
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
  const scriptBytes = [...sent.map((s) => s.body), ...inline.map((s) => Buffer.from(s))];
  const gzipped = scriptBytes.reduce((n, b) => n + gzipSync(b).length, 0);
  return { html, sent, inline, gzipped };
}

describe('what a public page sends', () => {
  const pages = [
    '/',
    '/calls',
    '/accessibility',
    '/privacy',
    '/account/sign-in',
    '/account/sign-up',
    '/impact',
  ];

  it.each(pages)('%s: no script, and no message catalogue', async (path) => {
    const { sent, inline, gzipped, html } = await weigh(path);
    expect(
      sent.map((s) => `${s.type} ${s.url}`),
      'scripts and data requests',
    ).toEqual([]);
    expect(
      inline.filter((s) => s.trim()),
      'inline scripts',
    ).toEqual([]);
    expect(gzipped).toBeLessThanOrEqual(MESSAGES_LIMIT);
    // The page is in Romanian, and its texts are in the HTML, not in a payload.
    expect(html).toContain(msg('ro', 'shell.skip_link'));
    expect(html).not.toContain(msg('hu', 'shell.skip_link'));
  });

  it('a call page with its proposals listed, to a signed-in employee, sends none either', async () => {
    const session = inject('sessions').employee!;
    const calls = await fetch(`${baseUrl()}/calls`, {
      headers: { cookie: `${session.name}=${session.value}` },
    }).then((r) => r.text());
    const href = demoCallHref(calls);
    expect(href, 'the demo call').toBeTruthy();
    const { sent, inline, html } = await weigh(href, 'employee');
    expect(sent).toEqual([]);
    expect(inline.filter((s) => s.trim())).toEqual([]);
    expect(html).toContain('card-list');
  });
});
