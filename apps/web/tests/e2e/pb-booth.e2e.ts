/**
 * The voting booth without JavaScript, in Romanian: the demo participant votes under Cluj's
 * rule (two projects in one domain are refused with a clear message, then corrected), under a
 * knapsack rule (an over-budget ballot, corrected by the voter), reviews, confirms and checks the
 * receipt; a visitor votes with a one-time code an administrator printed. axe checks the booth
 * in every state (empty, error, review, receipt). The administrator cannot change a rule once
 * voting has opened, even by posting the form directly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { baseUrl, journey, launchBrowser, type Visitor } from './browser.ts';
import { exactly, msg } from './i18n.ts';
import { formatMoney } from '#lib/i18n/format.ts';
import { recount } from '#lib/server/pb/count.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CLUJ = /Bugetare participativă Cluj-Napoca \d{4}/;
const KNAPSACK = 'Bugetul cartierului Mănăștur';
const m = (key: Parameters<typeof msg>[1], params?: Parameters<typeof msg>[2]) =>
  msg('ro', key, params);

/** From the list of processes, the booth of the one with this title. */
async function openBooth(v: Visitor, title: RegExp | string) {
  await v.visit('/pb');
  const card = v.page.locator('main li', { has: v.page.getByRole('link', { name: title }) });
  await v.follow(card.locator('a.pb-vote-link'), /\/vote$/);
}

const box = (fieldset: Locator, i: number) => fieldset.locator('input[type=checkbox]').nth(i);

async function review(v: Visitor) {
  await v.follow(v.page.getByRole('button', { name: exactly('ro', 'pb.booth.review') }));
}

async function confirmAndReceipt(v: Visitor): Promise<string> {
  const main = v.page.locator('main');
  expect(await main.locator('h1').innerText()).toBe(m('pb.booth.review_title'));
  await v.follow(main.getByRole('button', { name: exactly('ro', 'pb.booth.confirm') }));
  expect(await main.locator('h1').innerText()).toBe(m('pb.booth.receipt_title'));
  const receipt = await main.locator('.receipt-code').innerText();
  expect(receipt).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  return receipt;
}

describe('the booth without JavaScript', () => {
  it("Cluj's rule: two in one domain are refused, corrected, reviewed, cast, receipt checked", async () => {
    await journey(browser, { as: 'participant', javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await openBooth(v, CLUJ);
      const first = main.locator('fieldset').first();
      const domain = await first.locator('legend').innerText();
      await box(first, 0).check();
      await box(first, 1).check();
      await review(v);
      const summary = main.locator('.error-summary');
      await expect
        .poll(() => summary.innerText())
        .toContain(m('pb.booth.domain_too_many', { count: '2', max: '1', domain }));
      // The message sits in the domain's group too, tied to it.
      expect(await first.getAttribute('aria-describedby')).toBeTruthy();
      await box(first, 1).uncheck();
      await review(v);
      // Back to the booth keeps the choice; then review again and cast.
      await v.follow(main.getByRole('button', { name: exactly('ro', 'pb.booth.back') }));
      expect(await box(main.locator('fieldset').first(), 0).isChecked()).toBe(true);
      await review(v);
      const receipt = await confirmAndReceipt(v);
      await v.follow(main.getByRole('link', { name: m('pb.booth.check_link') }));
      await main.getByLabel(m('pb.receipt.label'), { exact: true }).fill(receipt);
      await v.follow(main.getByRole('button', { name: exactly('ro', 'pb.receipt.check') }));
      await expect.poll(() => main.innerText()).toContain(m('pb.receipt.counted'));
    });
  });

  it('knapsack: "you chose 3 projects costing …; this ballot allows €300,000", then corrected', async () => {
    await journey(browser, { as: 'participant', javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await openBooth(v, KNAPSACK);
      const boxes = main.locator('form.booth input[type=checkbox]');
      // The first four projects of the demo cost more than €300,000 together.
      for (let i = 0; i < 4; i++) await boxes.nth(i).check();
      await review(v);
      const summary = await main.locator('.error-summary').innerText();
      expect(summary).toContain('Ați ales 4 proiecte care costă ');
      expect(summary).toContain(`acest buletin permite ${formatMoney('ro', 30_000_000, 'EUR')}`);
      await boxes.nth(1).uncheck();
      await boxes.nth(2).uncheck();
      await review(v);
      await confirmAndReceipt(v);
    });
  });

  it('a printed one-time code votes once; the rule cannot change after opening, even by a forged post', async () => {
    let code = '';
    let processPath = '';
    await journey(browser, { as: 'admin', javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await v.visit('/admin/pb');
      const card = main.locator('li', { has: v.page.getByRole('link', { name: CLUJ }) });
      // The newest edition first: this year's, in its voting phase.
      await v.follow(card.locator('a.pb-admin-link').first(), /\/admin\/pb\/[^/]+$/);
      processPath = new URL(v.page.url()).pathname;
      expect(await main.innerText()).toContain(m('pb.rule.locked'));
      // A forged post of the rules form is refused; the page still shows the locked rule.
      const response = await v.page.request.post(`${processPath}?/rules`, {
        form: { kind: 'knapsack', minProjects: '1', countingRule: 'greedy', maxWinners: '3' },
        headers: { origin: baseUrl(), accept: 'text/html' },
      });
      expect(
        response.status(),
        `${response.url()}: ${(await response.text()).slice(0, 3000)}`,
      ).toBe(409);
      await v.visit(processPath);
      expect(await main.innerText()).toContain(m('pb.rule.text.per_domain', { max: 1 }));
      await v.follow(main.getByRole('link', { name: m('pb.codes.title') }));
      await main.getByLabel(m('pb.codes.count_label'), { exact: true }).fill('2');
      await v.follow(main.getByRole('button', { name: exactly('ro', 'pb.codes.generate') }));
      const codes = await main.locator('.codes-print .receipt-code').allInnerTexts();
      expect(codes).toHaveLength(2);
      code = codes[0]!;
    });
    await journey(browser, { javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await openBooth(v, CLUJ);
      expect(await main.innerText()).toContain(m('pb.booth.sign_in'));
      await main.getByLabel(m('pb.code.label'), { exact: true }).fill(code.toLowerCase());
      await v.follow(main.getByRole('button', { name: exactly('ro', 'pb.code.use') }));
      expect(await main.innerText()).toContain(m('pb.code.voting_as'));
      await box(main.locator('fieldset').first(), 0).check();
      await review(v);
      await confirmAndReceipt(v);
      // The same code again: refused.
      await openBooth(v, CLUJ);
      await main.getByLabel(m('pb.code.label'), { exact: true }).fill(code);
      await v.follow(main.getByRole('button', { name: exactly('ro', 'pb.code.use') }));
      expect(await main.locator('.error-summary').innerText()).toContain(m('pb.code.used'));
    });
  });
});

describe('published results', () => {
  it('last year: winners, explanations, chart with its table; the .pb download recounts the same', async () => {
    await journey(browser, { javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await v.visit('/pb');
      await v.follow(main.locator('a.pb-results-link').first(), /\/results$/);
      expect(await main.locator('svg[role=img] title').count()).toBe(1);
      const rows = main.locator('table tbody tr');
      expect(await rows.count()).toBe(12);
      expect(await main.innerText()).toContain(m('pb.results.funded'));
      const href = await main.locator('a.pb-download').getAttribute('href');
      const response = await v.page.request.get(href!);
      expect(response.status()).toBe(200);
      const again = recount(await response.text());
      expect(again.rule).toBe('cluj');
      expect(again.election.voters.length).toBeGreaterThan(3000);
      expect([...again.outcome.winners].sort()).toEqual([...again.selected].sort());
      const funded = await main
        .locator('table tbody tr', { hasText: m('pb.results.funded') })
        .count();
      expect(funded).toBe(again.selected.length);
    });
  });
});
