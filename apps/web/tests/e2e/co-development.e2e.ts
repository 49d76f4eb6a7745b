/**
 * Co-development without JavaScript, in Romanian and in English: an employee submits a
 * proposal; the demo moderator posts an empty comment (refused with a message beside the
 * field), then a real one, supports and follows the proposal; the author replies, cannot
 * support their own proposal, and reports a colleague's comment (an empty reason is refused);
 * the administrator hides it from the queue of reported comments with a reason; the author
 * reads the reason in its place. Every page is checked with axe.
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

async function signInAs(v: Visitor, locale: Locale, who: keyof typeof DEMO) {
  await v.visit('/');
  if (locale !== 'ro') await switchLanguage(v, locale);
  await signIn(v, DEMO[who]);
}

describe.each<Locale>(process.env.E2E_ONLY_RO ? ['ro'] : ['ro', 'en'])(
  'co-development without JavaScript (%s)',
  (locale) => {
    it('comment, reply, support, follow, report, hide', async () => {
      const m = (key: Parameters<typeof msg>[1], params?: Parameters<typeof msg>[2]) =>
        msg(locale, key, params);
      const button = (key: Parameters<typeof msg>[1]) => ({ name: exactly(locale, key) });
      let proposalPath = '';
      const moderatorSays = `Ce buget are pilotul? (${locale})`;

      await journey(browser, { javaScript: false }, async (author) => {
        await signInAs(author, locale, 'employee');
        const callPath = await firstCallPath(author);
        const [title] = await submitProposals(author.context.request, callPath, 1, 'Discuție');
        await author.visit('/my/proposals');
        await author.follow(
          author.page.locator('main').getByRole('link', { name: title! }),
          /\/proposals\//,
        );
        proposalPath = new URL(author.page.url()).pathname;
        const main = author.page.locator('main');
        expect(await main.innerText()).toContain(m('comments.none'));
        // Nobody supports their own proposal: no button for it.
        expect(await main.getByRole('button', button('supports.give')).count()).toBe(0);
      });

      await journey(browser, { javaScript: false }, async (moderator) => {
        await signInAs(moderator, locale, 'moderator');
        await moderator.visit(proposalPath);
        const main = moderator.page.locator('main');
        await moderator.follow(main.getByRole('button', button('comments.post')));
        const field = main.getByLabel(m('comments.field.body'), { exact: true });
        expect(await field.getAttribute('aria-invalid')).toBe('true');
        expect(await main.getByRole('alert').innerText()).toContain(m('form.required'));
        await field.fill(moderatorSays);
        await moderator.follow(main.getByRole('button', button('comments.post')));
        await expect.poll(() => main.innerText()).toContain(m('comments.posted'));
        expect(await main.innerText()).toContain(moderatorSays);
        await moderator.follow(main.getByRole('button', button('supports.give')));
        await expect.poll(() => main.innerText()).toContain(m('supports.count', { count: 1 }));
        await moderator.follow(main.getByRole('button', button('follows.follow')));
        await expect.poll(() => main.innerText()).toContain(m('follows.following'));
      });

      await journey(browser, { javaScript: false }, async (author) => {
        await signInAs(author, locale, 'employee');
        await author.visit(proposalPath);
        const main = author.page.locator('main');
        const comment = main.locator('article.comment', { hasText: moderatorSays });
        await comment
          .locator('..')
          .locator('summary', { hasText: m('comments.reply') })
          .click();
        await comment
          .locator('..')
          .getByLabel(m('comments.field.reply'), { exact: true })
          .fill('Cam 4.000 de lei, din bugetul direcției.');
        await author.follow(comment.locator('..').getByRole('button', button('comments.reply')));
        await expect.poll(() => main.innerText()).toContain('Cam 4.000 de lei');
        // Reporting the moderator's comment: a reason is needed.
        const again = main.locator('article.comment', { hasText: moderatorSays });
        await again.locator('summary', { hasText: m('comments.report') }).click();
        await author.follow(again.getByRole('button', button('comments.report')));
        const reason = main.getByLabel(m('comments.field.report_reason'), { exact: true });
        expect(await reason.getAttribute('aria-invalid')).toBe('true');
        await reason.fill('Întrebarea e pusă deja în formular.');
        await author.follow(
          main
            .locator('article.comment', { hasText: moderatorSays })
            .getByRole('button', button('comments.report')),
        );
        await expect.poll(() => main.innerText()).toContain(m('comments.reported'));
      });

      await journey(browser, { javaScript: false }, async (admin) => {
        await signInAs(admin, locale, 'admin');
        await admin.visit('/admin/comments');
        const main = admin.page.locator('main');
        const item = main.locator('article.comment', { hasText: moderatorSays });
        expect(await item.innerText()).toContain('Întrebarea e pusă deja în formular.');
        await item
          .getByLabel(m('comments.field.hide_reason'), { exact: true })
          .fill('Întrebare dublă; răspunsul e în propunere.');
        await admin.follow(item.getByRole('button', button('comments.hide')));
        await expect.poll(() => main.innerText()).toContain(m('comments.hidden_done'));
        expect(await main.innerText()).not.toContain(moderatorSays);
      });

      await journey(browser, { javaScript: false }, async (author) => {
        await signInAs(author, locale, 'employee');
        await author.visit(proposalPath);
        const text = await author.page.locator('main').innerText();
        expect(text).toContain(
          m('comments.hidden', { reason: 'Întrebare dublă; răspunsul e în propunere.' }),
        );
        expect(text).not.toContain(moderatorSays);
        expect(text).toContain('Cam 4.000 de lei');
      });
      // Five people's journeys without JavaScript, each page checked by axe: over four minutes
      // on a loaded two-core machine.
    }, 600_000);
  },
);
