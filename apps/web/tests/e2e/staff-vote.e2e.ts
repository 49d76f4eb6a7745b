/**
 * A call's staff vote (decision 058), without JavaScript: the demo employee finds the blind
 * call's staff vote among the processes, votes in the PB booth — reviewed, confirmed, a receipt —
 * and the ballot names no author. axe checks every page on the way. (Who may not vote: the
 * domain tests.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import demo from '#lib/server/seed/cluj-demo.json' with { type: 'json' };
import { journey, launchBrowser } from './browser.ts';
import { exactly, msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const STAFF_VOTE = msg('ro', 'staff_vote.process_title', { call: 'Primăria fără hârtie 2026' });

describe('the staff vote', () => {
  it('an employee votes in the booth without JavaScript; no author is named', async () => {
    await journey(browser, { as: 'employee', javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await v.visit('/pb');
      const card = main.locator('li', { has: v.page.getByRole('link', { name: STAFF_VOTE }) });
      await v.follow(card.locator('a.pb-vote-link'), /\/vote$/);
      const ballot = await main.innerText();
      for (const person of demo.people) expect(ballot).not.toContain(person.name);
      await main.locator('form.booth input[type=checkbox]').first().check();
      await v.follow(main.getByRole('button', { name: exactly('ro', 'pb.booth.review') }));
      expect(await main.locator('h1').innerText()).toBe(msg('ro', 'pb.booth.review_title'));
      await v.follow(main.getByRole('button', { name: exactly('ro', 'pb.booth.confirm') }));
      expect(await main.locator('h1').innerText()).toBe(msg('ro', 'pb.booth.receipt_title'));
      expect(await main.locator('.receipt-code').innerText()).toMatch(
        /^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/,
      );
    });
  });
});
