/**
 * A newcomer, with JavaScript off: signs up, reads the verification link in the demo mailbox
 * (only theirs: another browser sees nothing), confirms the address, turns on two-factor
 * sign-in with the code their app would show, keeps the recovery codes, signs out, and signs in
 * again — password, then the code. Every page is checked with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP, generateTOTP } from '@oslojs/otp';
import { journey, launchBrowser, signIn, type Visitor } from './browser.ts';
import { exactly, msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const m = (key: Parameters<typeof msg>[1], params?: Parameters<typeof msg>[2]) =>
  msg('ro', key, params);
const account = {
  name: 'Ileana Cosânzeana',
  email: `ileana.${Date.now()}@example.org`,
  password: 'cal verde pe deal 42 și o stea',
};

async function signUp(v: Visitor) {
  await v.visit('/account/sign-up');
  const main = v.page.locator('main');
  await main.getByLabel(m('accounts.field.name'), { exact: true }).fill(account.name);
  await main.getByLabel(m('accounts.field.email'), { exact: true }).fill(account.email);
  await main.getByLabel(m('accounts.field.password'), { exact: true }).fill(account.password);
  await v.follow(main.getByRole('button', { name: exactly('ro', 'accounts.sign_up.submit') }));
  expect(await main.innerText()).toContain(m('accounts.sign_up.sent_title'));
}

describe('two-factor sign-in, from sign-up to the second sign-in', () => {
  it('a newcomer reads their own link, confirms, turns two-factor on and signs in with it', async () => {
    let secret = '';
    await journey(browser, { javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await signUp(v);
      // The demo mailbox shows this browser the mail it asked for.
      await v.follow(main.getByRole('link', { name: exactly('ro', 'mail.demo_mailbox.link') }));
      const mail = await main.innerText();
      expect(mail).toContain(account.email);
      expect(mail).not.toContain(account.name); // not greeted by a name nobody has proved
      const link = /https?:\/\/\S+\/account\/verify\?token=[\w-]+/.exec(mail)?.[0];
      expect(link, 'the verification link').toBeTruthy();
      await v.visit(new URL(link!).pathname + new URL(link!).search);
      await v.follow(main.getByRole('button', { name: exactly('ro', 'accounts.verify.submit') }));

      await signIn(v, account);
      await v.visit('/account/two-factor');
      await v.follow(
        main.getByRole('button', { name: exactly('ro', 'accounts.two_factor.start') }),
      );
      expect(await main.locator('figure.qr svg').count()).toBe(1);
      secret = (await main.locator('figure.qr code').innerText()).replace(/\s+/g, '');
      const key = decodeBase32IgnorePadding(secret);
      await main.getByLabel(m('accounts.two_factor.field.code'), { exact: true }).fill('000000');
      await v.follow(
        main.getByRole('button', { name: exactly('ro', 'accounts.two_factor.confirm') }),
      );
      expect(await main.innerText()).toContain(m('accounts.two_factor.code_wrong'));
      await main
        .getByLabel(m('accounts.two_factor.field.code'), { exact: true })
        .fill(generateTOTP(key, 30, 6));
      await v.follow(
        main.getByRole('button', { name: exactly('ro', 'accounts.two_factor.confirm') }),
      );
      expect(await main.locator('.recovery-codes li').count()).toBe(10);

      await v.follow(
        v.page.locator('header').getByRole('button', { name: exactly('ro', 'shell.sign_out') }),
      );
    });

    // Another browser (no cookie for this address) sees none of the mail.
    await journey(browser, { javaScript: false }, async (v) => {
      await v.visit('/demo/mailbox');
      expect(await v.page.locator('main').innerText()).not.toContain(account.email);
    });

    // Signing in again: the password, then the code.
    await journey(browser, { javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await v.visit('/account/sign-in');
      await main.getByLabel(m('accounts.field.email'), { exact: true }).fill(account.email);
      await main.getByLabel(m('accounts.field.password'), { exact: true }).fill(account.password);
      await v.follow(main.getByRole('button', { name: exactly('ro', 'accounts.sign_in.submit') }));
      expect(v.page.url()).toMatch(/\/account\/sign-in\/second-factor$/);
      // The app's code one step ahead (accepted: clocks drift): the setup's code, from this very
      // step, would be refused as a replay.
      const key = decodeBase32IgnorePadding(secret);
      const next = BigInt(Math.floor(Date.now() / 30_000) + 1);
      await main
        .getByLabel(m('accounts.two_factor.field.code_or_recovery'), { exact: true })
        .fill(generateHOTP(key, next, 6));
      await v.follow(main.getByRole('button', { name: exactly('ro', 'accounts.sign_in.submit') }));
      await v.visit('/account/two-factor');
      expect(await main.innerText()).toContain(m('accounts.two_factor.status_on', { left: 10 }));
    });
  });
});
