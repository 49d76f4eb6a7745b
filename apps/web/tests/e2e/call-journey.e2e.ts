/**
 * The call's journey in the browser, from the authors' side: two employees co-author a proposal.
 * A colleague who just joined (a staff address, confirmed through the demo mailbox) reads the
 * platform in English; the demo employee writes a draft in the open call, in Romanian, and
 * invites them by e-mail; the colleague opens the mailed one-time link, accepts, finds both
 * authors on the proposal and submits it — all without JavaScript, axe on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  firstCallPath,
  journey,
  launchBrowser,
  signIn,
  switchLanguage,
  type Visitor,
} from './browser.ts';
import { exactly, msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stamp = Date.now();
const colleague = {
  name: 'Anișoara Mureșan',
  email: `anisoara.muresan.${stamp}@primariaclujnapoca.ro`,
  password: 'o idee bună se scrie în doi 2026',
};
const title = `Registru comun de împrumut al echipamentelor (${stamp})`;

/** Signs up with a staff address and confirms it from the demo mailbox: an employee now. */
async function joinAsStaff(v: Visitor) {
  const main = v.page.locator('main');
  await v.visit('/account/sign-up');
  await main.getByLabel(msg('ro', 'accounts.field.name'), { exact: true }).fill(colleague.name);
  await main.getByLabel(msg('ro', 'accounts.field.email'), { exact: true }).fill(colleague.email);
  await main
    .getByLabel(msg('ro', 'accounts.field.password'), { exact: true })
    .fill(colleague.password);
  await v.follow(main.getByRole('button', { name: exactly('ro', 'accounts.sign_up.submit') }));
  await v.follow(main.getByRole('link', { name: exactly('ro', 'mail.demo_mailbox.link') }));
  const link = /https?:\/\/\S+\/account\/verify\?token=[\w-]+/.exec(await main.innerText())?.[0];
  expect(link, 'the verification link').toBeTruthy();
  await v.visit(new URL(link!).pathname + new URL(link!).search);
  await v.follow(main.getByRole('button', { name: exactly('ro', 'accounts.verify.submit') }));
  await signIn(v, colleague);
}

/** The demo employee's new draft in the open call; returns its path. */
async function writeDraft(v: Visitor) {
  const main = v.page.locator('main');
  const call = await firstCallPath(v);
  await v.visit(`${call}/proposals/new`);
  await main.locator('#title').fill(title);
  await main.locator('#categoryId').selectOption({ index: 1 });
  await main.locator('#problem').fill('Fiecare direcție își cumpără proiectorul ei.');
  await main.locator('#solution').fill('Un catalog comun, din care colegii împrumută pe rând.');
  await v.follow(main.getByRole('button', { name: exactly('ro', 'proposals.save_draft') }));
  await expect.poll(() => v.page.url()).toMatch(/\/proposals\/[0-9a-f-]{36}/);
  return new URL(v.page.url()).pathname;
}

describe('co-authoring a proposal', () => {
  it('an author invites a colleague by e-mail, who accepts from the link and submits', async () => {
    let proposal = '';
    await journey(browser, { javaScript: false }, async (c) => {
      await joinAsStaff(c);
      await switchLanguage(c, 'en');

      await journey(browser, { as: 'employee', javaScript: false }, async (v) => {
        proposal = await writeDraft(v);
        const main = v.page.locator('main');
        await main.getByLabel(msg('ro', 'coauthors.invite.email')).fill(colleague.email);
        await v.follow(
          main.getByRole('button', { name: exactly('ro', 'coauthors.invite.submit') }),
        );
        await expect
          .poll(() => v.page.locator('.banner').innerText())
          .toContain(msg('ro', 'coauthors.invite.sent'));
        // The invitation waits, with a way to take it back.
        expect(await main.innerText()).toContain(colleague.email);
        expect(
          await main
            .getByRole('button', { name: new RegExp(msg('ro', 'coauthors.withdraw')) })
            .count(),
        ).toBe(1);
      });

      const main = c.page.locator('main');
      await c.visit('/demo/mailbox');
      const link = /https?:\/\/\S+\/invitations\?token=[\w-]+/.exec(await main.innerText())?.[0];
      expect(link, 'the invitation link').toBeTruthy();
      await c.visit(new URL(link!).pathname + new URL(link!).search);
      expect(await main.innerText()).toContain(title);
      await c.follow(
        main.getByRole('button', {
          name: new RegExp(`^\\s*${msg('en', 'coauthors.invitation.accept')}`),
        }),
      );
      await expect.poll(() => new URL(c.page.url()).pathname).toBe(proposal);
      const authors = await main.locator('section[aria-labelledby="authors-heading"]').innerText();
      expect(authors).toContain(colleague.name);
      expect(authors).toContain(msg('en', 'coauthors.lead'));
      // The link worked once.
      await c.visit(new URL(link!).pathname + new URL(link!).search);
      expect(await main.innerText()).toContain(msg('en', 'coauthors.invitation.invalid_link'));

      // The co-author submits the team's draft.
      await c.visit(proposal);
      await c.follow(main.getByRole('button', { name: exactly('en', 'proposals.submit') }));
      await expect.poll(() => main.innerText()).toContain(msg('en', 'proposals.state.submitted'));
      await switchLanguage(c, 'ro');
    });
  });
});
