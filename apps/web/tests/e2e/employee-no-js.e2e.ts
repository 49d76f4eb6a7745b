/**
 * The demo employee, with JavaScript turned off, in Romanian and in English: signs in, opens the
 * internal demo call, browses its proposals (category filter, title search, pagination), opens
 * one, writes a proposal (an empty one is refused with a clear message), saves it as a draft,
 * edits it, submits it, and finds it under "my proposals". Every page is checked with axe.
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

describe.each<Locale>(process.env.E2E_ONLY_RO ? ['ro'] : ['ro', 'en'])(
  'employee journey without JavaScript (%s)',
  (locale) => {
    it('signs in, browses the call, writes, saves, edits and submits a proposal', async () => {
      await journey(browser, { javaScript: false }, async (v) => {
        const { page } = v;
        const main = page.locator('main');
        const m = (key: Parameters<typeof msg>[1], params?: Parameters<typeof msg>[2]) =>
          msg(locale, key, params);
        await v.visit('/');
        if (locale !== 'ro') await switchLanguage(v, locale);
        await signIn(v, DEMO.employee);
        expect(await v.lang()).toBe(locale);

        // The internal call is listed for the employee; open it.
        await v.visit('/calls');
        await v.follow(
          main.getByRole('link', { name: CALL_TITLE, exact: true }),
          /\/calls\/[^/?]+$/,
        );
        const callPath = new URL(page.url()).pathname;
        await expect.poll(() => main.locator('h1').innerText()).toBe(CALL_TITLE);

        // Filter by category: every listed proposal carries that category.
        const filters = main.getByRole('search');
        const categoryName = locale === 'ro' ? 'Sustenabilitate' : 'Sustainability';
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

        // Search in titles (a Romanian seed title, with diacritics, in every language).
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

        // Write a proposal: an empty one is refused, with an error summary tied to the fields.
        await v.visit(callPath);
        await v.follow(
          main.getByRole('link', { name: exactly(locale, 'calls.propose') }),
          /\/new$/,
        );
        const form = main.locator('form[method="POST"]');
        await v.follow(form.getByRole('button', { name: exactly(locale, 'proposals.save_draft') }));
        const summary = main.getByRole('alert');
        await expect.poll(() => summary.innerText()).toContain(m('error_summary.title'));
        expect(await main.locator('#title').getAttribute('aria-invalid')).toBe('true');

        const title = `${locale === 'ro' ? 'Semnătură electronică la registratură' : 'E-signature at the registry'} ${Date.now()}`;
        await form.getByLabel(m('proposals.field.title'), { exact: true }).fill(title);
        await form
          .getByLabel(m('proposals.field.category'), { exact: true })
          .selectOption({ label: locale === 'ro' ? 'Optimizare' : 'Optimisation' });
        await form
          .getByLabel(m('proposals.field.problem'), { exact: true })
          .fill('Documentele circulă pe hârtie între 4 clădiri; durează în medie 3 zile.');
        await v.follow(form.getByRole('button', { name: exactly(locale, 'proposals.save_draft') }));
        await page.waitForURL(/\/proposals\/[^/]+$/);
        const proposalPath = new URL(page.url()).pathname;
        expect(await main.locator('h1').innerText()).toBe(title);
        expect(await main.innerText()).toContain(m('proposals.state.draft'));

        // Edit the draft: add the solution.
        await v.follow(
          main.getByRole('link', { name: exactly(locale, 'proposals.edit') }),
          /\/edit$/,
        );
        const editForm = main.locator('form[method="POST"]');
        expect(
          await editForm.getByLabel(m('proposals.field.title'), { exact: true }).inputValue(),
        ).toBe(title);
        await editForm
          .getByLabel(m('proposals.field.solution'), { exact: true })
          .fill(
            'Semnătură electronică calificată și un registru electronic comun; pilot la Urbanism.',
          );
        await v.follow(
          editForm.getByRole('button', { name: exactly(locale, 'proposals.save_draft') }),
        );
        await page.waitForURL(new RegExp(`${proposalPath}(\\?|$)`));
        expect(await main.innerText()).toContain('pilot la Urbanism');

        // Submit it.
        await v.follow(
          main.locator('form').getByRole('button', { name: exactly(locale, 'proposals.submit') }),
        );
        await expect.poll(() => main.innerText()).toContain(m('proposals.state.submitted'));
        expect(
          await main.getByRole('link', { name: exactly(locale, 'proposals.edit') }).count(),
          'a submitted proposal can no longer be edited',
        ).toBe(0);

        // Find it under "my proposals", submitted.
        await v.follow(
          page.getByRole('navigation', { name: m('shell.nav_label') }).getByRole('link', {
            name: exactly(locale, 'shell.nav.my_proposals'),
          }),
          /\/my\/proposals$/,
        );
        const row = main.locator('tr', {
          has: page.getByRole('link', { name: title, exact: true }),
        });
        expect(await row.count()).toBe(1);
        expect(await row.innerText()).toContain(m('proposals.state.submitted'));

        // And it is now in the call's list, which has more than one page (20 per page).
        await v.visit(`${callPath}?q=${encodeURIComponent(title)}`);
        await expect.poll(() => main.locator('ul.card-list h3 a').allInnerTexts()).toEqual([title]);
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
  },
);
