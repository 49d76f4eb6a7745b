/**
 * An anonymous visitor, in Romanian, English and Hungarian: the home page, the calls list, the
 * footer pages and the account pages. The demo call is internal: an anonymous visitor neither
 * sees it listed nor can open it or its proposals (404, not a hint that it exists).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  demoCallHref,
  journey,
  launchBrowser,
  switchLanguage,
  Visitor,
  type Locale,
} from './browser.ts';
import { exactly, msg } from './i18n.ts';

let browser: Browser;
let internalCallPath: string;
let internalProposalPath: string;

beforeAll(async () => {
  browser = await launchBrowser();
  // Where the internal call and one of its proposals are, as an employee sees them.
  const employee = await Visitor.open(browser, { as: 'employee' });
  try {
    const calls = await employee.context.request.get('/calls');
    internalCallPath = demoCallHref(await calls.text());
    expect(internalCallPath).not.toBe('');
    const call = await employee.context.request.get(internalCallPath);
    internalProposalPath = /href="(\/proposals\/[0-9a-f-]{36})"/.exec(await call.text())?.[1] ?? '';
    expect(internalProposalPath).not.toBe('');
  } finally {
    await employee.close();
  }
});
afterAll(async () => {
  await browser?.close();
});

describe.each<Locale>(['ro', 'en', 'hu'])('anonymous visitor (%s)', (locale) => {
  it('reads the public pages and never sees the internal call', async () => {
    await journey(browser, {}, async (v) => {
      const { page } = v;
      const main = page.locator('main');
      await v.visit('/');
      if (locale !== 'ro') await switchLanguage(v, locale);
      expect(await main.locator('h1').innerText()).toBe(msg(locale, 'home.title'));
      expect(await main.innerText()).not.toContain('Innovato-R 2026');

      await v.follow(
        page
          .getByRole('navigation', { name: msg(locale, 'shell.nav_label') })
          .getByRole('link', { name: exactly(locale, 'shell.nav.calls') }),
        /\/calls$/,
      );
      expect(await main.locator('h1').innerText()).toBe(msg(locale, 'calls.list.title'));
      expect(await main.locator(`a[href="${internalCallPath}"]`).count()).toBe(0);
      expect(await main.innerText()).not.toContain('Innovato-R 2026');

      // Neither the internal call nor its proposals open for an anonymous visitor.
      await v.visit(internalCallPath, 404);
      expect(await main.locator('h1').innerText()).toBe(msg(locale, 'errors.not_found'));
      await v.visit(`${internalCallPath}?page=2&category=quality`, 404);
      await v.visit(internalProposalPath, 404);
      await v.visit(`${internalProposalPath}/edit`, 404);
      await v.visit('/calls/not-a-uuid', 404);

      // The footer pages.
      const footer = page.getByRole('navigation', { name: msg(locale, 'shell.footer_label') });
      for (const key of [
        'shell.footer.accessibility',
        'shell.footer.privacy',
        'shell.footer.contact',
      ] as const) {
        await v.follow(footer.getByRole('link', { name: exactly(locale, key) }));
        expect(await main.locator('h1').count()).toBe(1);
      }

      // The account pages.
      const account = page.getByRole('navigation', { name: msg(locale, 'shell.account_label') });
      await v.follow(account.getByRole('link', { name: exactly(locale, 'shell.sign_in') }));
      expect(await main.locator('h1').innerText()).toBe(msg(locale, 'accounts.sign_in.title'));
      await v.follow(account.getByRole('link', { name: exactly(locale, 'shell.sign_up') }));
      expect(await v.lang()).toBe(locale);
    });
  });
});
