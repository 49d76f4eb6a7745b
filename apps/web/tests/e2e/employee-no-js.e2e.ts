/**
 * The demo employee, with JavaScript turned off, reading in English: signs in (keeping the
 * language chosen before), opens the internal demo call and browses its proposals — category
 * filter (its name translated), title search (a Romanian title, diacritics and all), no match,
 * pagination — and opens one. Every page is checked with axe. Writing, editing and submitting
 * a proposal, in Romanian and in English, are in the whole call's journey (innovation-call).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO, journey, launchBrowser, signIn, switchLanguage, type Locale } from './browser.ts';
import { exactly, msg } from './i18n.ts';
import { submitProposals } from './fixtures.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CALL_TITLE = 'Innovato-R 2026';

const locale: Locale = 'en';

describe('browsing a call without JavaScript', () => {
  it('signs in, filters, searches and pages through the call’s proposals, opens one', async () => {
    await journey(browser, { javaScript: false }, async (v) => {
      const { page } = v;
      const main = page.locator('main');
      const m = (key: Parameters<typeof msg>[1], params?: Parameters<typeof msg>[2]) =>
        msg(locale, key, params);
      await v.visit('/');
      await switchLanguage(v, locale);
      await signIn(v, DEMO.employee);
      expect(await v.lang()).toBe(locale);

      // The internal call is listed for the employee; open it.
      await v.visit('/calls');
      await v.follow(main.getByRole('link', { name: CALL_TITLE, exact: true }), /\/calls\/[^/?]+$/);
      const callPath = new URL(page.url()).pathname;
      await expect.poll(() => main.locator('h1').innerText()).toBe(CALL_TITLE);

      // Filter by category: every listed proposal carries that category.
      const filters = main.getByRole('search');
      const categoryName = 'Sustainability';
      await filters
        .getByLabel(m('calls.proposals.filter_category'), { exact: true })
        .selectOption({ label: categoryName });
      await v.follow(filters.getByRole('button', { name: exactly(locale, 'common.filter') }));
      expect(page.url()).toMatch(/category=sustainability/);
      const filtered = main.locator('ul.card-list > li');
      expect(await filtered.count()).toBeGreaterThan(0);
      for (const tag of await filtered.locator('.meta').allInnerTexts()) {
        expect(tag).toContain(categoryName);
      }

      // Search in titles (a Romanian seed title, with diacritics, read in English).
      await v.visit(`${callPath}?q=${encodeURIComponent('salariu')}`);
      const found = main.locator('ul.card-list > li h3 a');
      await expect.poll(() => found.allInnerTexts()).toContain('Fluturașul de salariu digital');
      for (const title of await found.allInnerTexts())
        expect(title.toLowerCase()).toContain('salariu');

      await v.visit(`${callPath}?q=${encodeURIComponent('zzz-nothing-matches-this')}`);
      await expect.poll(() => main.innerText()).toContain(m('calls.proposals.none'));

      // Open a proposal from the list.
      await v.visit(callPath);
      const first = main.locator('ul.card-list > li h3 a').first();
      const firstTitle = await first.innerText();
      await v.follow(first, /\/proposals\/[^/]+$/);
      expect(await main.locator('h1').innerText()).toBe(firstTitle);

      // Pagination (20 a page): make sure there are more than 20 submitted proposals.
      await v.visit(callPath);
      const status = await main.getByRole('status').innerText();
      let total = Number(/\d+/.exec(status)?.[0]);
      // Other files' journeys run at the same time and may take one off the list (a
      // moderator marking one ineligible): top up until the list really has a second page.
      while (total <= 20) {
        await submitProposals(v.context.request, callPath, 21 - total);
        await v.visit(callPath);
        total = Number(/\d+/.exec(await main.getByRole('status').innerText())?.[0]);
      }
      expect(total).toBeGreaterThan(20);
      const pages = Math.ceil(total / 20);
      const pagination = main.getByRole('navigation', { name: m('pagination.label') });
      expect(await pagination.innerText()).toContain(m('pagination.status', { page: 1, pages }));
      const page1 = await main.locator('ul.card-list h3 a').allInnerTexts();
      expect(page1).toHaveLength(20);
      await v.follow(
        pagination.getByRole('link', { name: new RegExp(m('pagination.next')) }),
        /page=2/,
      );
      const page2 = await main.locator('ul.card-list h3 a').allInnerTexts();
      expect(page2.length).toBeGreaterThan(0);
      expect(page2.filter((t) => page1.includes(t))).toEqual([]);
    });
  });
});
