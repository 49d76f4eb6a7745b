/**
 * The formal check without JavaScript, in Romanian and in English: an employee submits a
 * proposal; the demo moderator asks for clarification (an empty question is refused with a
 * message beside the field); the employee reads the question and answers; the moderator marks
 * it ineligible with a reason; the employee reads the reason. Every page is checked with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  DEMO,
  firstCallPath,
  journey,
  launchBrowser,
  signIn,
  switchLanguage,
  type Locale,
  type Visitor,
} from './browser.ts';
import { exactly, msg } from './i18n.ts';
import { submitProposals } from './fixtures.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Signs in as a demo account, in the journey's language (chosen before signing in). */
async function signInAs(v: Visitor, locale: Locale, who: 'employee' | 'moderator') {
  await v.visit('/');
  if (locale !== 'ro') await switchLanguage(v, locale);
  await signIn(v, DEMO[who]);
}

/** Opens one of the signed-in person's own proposals from "my proposals", by title. */
async function openMine(v: Visitor, title: string) {
  await v.visit('/my/proposals');
  await v.follow(v.page.locator('main').getByRole('link', { name: title }), /\/proposals\//);
  return new URL(v.page.url()).pathname;
}

describe.each<Locale>(process.env.E2E_ONLY_RO ? ['ro'] : ['ro', 'en'])(
  'the formal check without JavaScript (%s)',
  (locale) => {
    it('clarification asked and answered, then ineligible with a reason the author reads', async () => {
      const m = (key: Parameters<typeof msg>[1]) => msg(locale, key);
      let proposalPath = '';
      let title = '';
      await journey(browser, { javaScript: false }, async (author) => {
        await signInAs(author, locale, 'employee');
        const callPath = await firstCallPath(author);
        title = (
          await submitProposals(author.context.request, callPath, 1, 'Verificare formală')
        )[0]!;
        proposalPath = await openMine(author, title!);
      });

      await journey(browser, { javaScript: false }, async (moderator) => {
        await signInAs(moderator, locale, 'moderator');
        await moderator.visit(proposalPath);
        const main = moderator.page.locator('main');
        const ask = main.getByRole('button', {
          name: exactly(locale, 'proposals.step.request_clarification'),
        });
        await moderator.follow(ask);
        await expect
          .poll(() => main.getByRole('alert').innerText())
          .toContain(m('error_summary.title'));
        const question = main.getByLabel(m('proposals.field.clarificationRequest'), {
          exact: true,
        });
        expect(await question.getAttribute('aria-invalid')).toBe('true');
        await question.fill('Se aplică și la Direcția Taxe și Impozite?');
        await moderator.follow(ask);
        await expect
          .poll(() => main.innerText())
          .toContain(m('proposals.state.clarification_requested'));
      });

      await journey(browser, { javaScript: false }, async (author) => {
        await signInAs(author, locale, 'employee');
        await author.visit(proposalPath);
        const main = author.page.locator('main');
        expect(await main.innerText()).toContain('Se aplică și la Direcția Taxe și Impozite?');
        await main
          .getByLabel(m('proposals.field.clarificationAnswer'), { exact: true })
          .fill('Da, cu aceeași aplicație.');
        await author.follow(
          main.getByRole('button', { name: exactly(locale, 'proposals.step.answer') }),
        );
        await expect.poll(() => main.innerText()).toContain(m('proposals.state.submitted'));
      });

      await journey(browser, { javaScript: false }, async (moderator) => {
        await signInAs(moderator, locale, 'moderator');
        await moderator.visit(proposalPath);
        const main = moderator.page.locator('main');
        expect(await main.innerText()).toContain('Da, cu aceeași aplicație.');
        // The formal check: every point answered, one failed with a note; then ineligible.
        await moderator.follow(
          main.getByRole('link', { name: exactly(locale, 'proposals.check.link') }),
          /\/check$/,
        );
        const points = main.locator('form[action="?/save"] fieldset');
        const count = await points.count();
        expect(count).toBeGreaterThan(1);
        for (let i = 0; i < count; i++) {
          const choice = i === 1 ? 'proposals.check.fail' : 'proposals.check.pass';
          await points.nth(i).getByLabel(m(choice), { exact: true }).check();
        }
        await points.nth(1).locator('textarea').fill('Finanțată deja din bugetul direcției.');
        await moderator.follow(
          main.getByRole('button', { name: exactly(locale, 'proposals.check.save') }),
        );
        await expect.poll(() => main.innerText()).toContain(m('proposals.check.saved'));
        await main
          .getByLabel(m('proposals.field.ineligibleReason'), { exact: true })
          .fill('Este deja finanțată din bugetul direcției.');
        await moderator.follow(
          main.getByRole('button', { name: exactly(locale, 'proposals.step.mark_ineligible') }),
        );
        await expect.poll(() => main.innerText()).toContain(m('proposals.state.ineligible'));
      });

      await journey(browser, { javaScript: false }, async (author) => {
        await signInAs(author, locale, 'employee');
        await author.visit(proposalPath);
        const text = await author.page.locator('main').innerText();
        expect(text).toContain(m('proposals.state.ineligible'));
        expect(text).toContain('Este deja finanțată din bugetul direcției.');
      });
    });
  },
);
