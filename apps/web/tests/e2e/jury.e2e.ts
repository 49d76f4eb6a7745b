/**
 * The jury in the browser, on the demo data. The blind test: the demo evaluator walks every
 * page they can reach about the blind call in evaluation — their assignments, each proposal
 * to score, the call's own pages and its proposals' pages, their notifications, their data
 * export — and none names an author of that call's proposals (name, e-mail or department, in
 * any language). Then the scoring step without JavaScript, the administrator's evaluation
 * pages and CSV, and the public results of last year's call. axe runs on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import demo from '#lib/server/seed/cluj-demo.json' with { type: 'json' };
import { JURY_STAGES } from '#lib/server/evaluation/seed.ts';
import { DEMO_PROJECTS } from '#lib/server/projects/seed-data.ts';
import { journey, launchBrowser, type Visitor } from './browser.ts';
import { exactly, msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BLIND_CALL = 'Primăria fără hârtie 2026';
const FINISHED_CALL = 'Innovato-R 2025';

/** Who wrote the blind call's proposals: their names, e-mails and departments (every language). */
function blindSecrets(): string[] {
  const inEvaluation = demo.proposals.filter((p) => JURY_STAGES[p.status] === 'evaluation');
  const keys = new Set(inEvaluation.flatMap((p) => p.authorKeys));
  const people = demo.people.filter((p) => keys.has(p.key));
  const departments = demo.departments.filter((d) => people.some((p) => p.department === d.key));
  return [
    ...people.flatMap((p) => [p.name, p.email]),
    ...departments.flatMap((d) => Object.values(d.name)),
  ];
}

async function callPath(v: Visitor, title: string) {
  await v.visit('/calls');
  const href = await v.page
    .locator('main')
    .getByRole('link', { name: title, exact: true })
    .getAttribute('href');
  expect(href, `a link to ${title}`).toBeTruthy();
  return new URL(href!, v.page.url()).pathname;
}

describe('blind evaluation', () => {
  it('nothing the evaluator reaches about the blind call names its authors', async () => {
    const secrets = blindSecrets();
    expect(secrets.length).toBeGreaterThan(6);
    // A team proposal is among them: its co-author must stay as hidden as its lead author.
    const team = demo.proposals.find((p) => JURY_STAGES[p.status] && p.authorKeys.length > 1);
    const coAuthor = demo.people.find((p) => p.key === team?.authorKeys[1]);
    expect(secrets).toContain(coAuthor?.email);
    await journey(browser, { as: 'evaluator', javaScript: false }, async (v) => {
      const blind = await callPath(v, BLIND_CALL);
      const allowed = (path: string) =>
        /^\/evaluation(\/[^/]+)?$/.test(path) ||
        path === blind ||
        /^\/proposals\/[0-9a-f-]{36}$/.test(path);
      const queue = ['/evaluation', blind, '/notifications'];
      const seen = new Set<string>();
      while (queue.length) {
        const path = queue.shift()!;
        if (seen.has(path)) continue;
        seen.add(path);
        await v.visit(path);
        const html = await v.page.content();
        for (const s of secrets) expect(html, `${s} on ${path}`).not.toContain(s);
        // Follow links into the jury's pages, the blind call and the proposals listed there.
        if (path === '/notifications') continue;
        for (const href of await v.page
          .locator('main a[href]')
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
          if (allowed(href) && !seen.has(href)) queue.push(href);
        }
      }
      // Every assignment (the blind call's three, last year's) and the blind call's proposals.
      const assigned = demo.proposals.filter((p) => JURY_STAGES[p.status]).length;
      // Last year's: at least the projects' selected proposals and the two turned down.
      const lastYear = DEMO_PROJECTS.length + 2;
      expect([...seen].filter((p) => p.startsWith('/evaluation/')).length).toBeGreaterThanOrEqual(
        assigned + lastYear,
      );
      expect([...seen].filter((p) => p.startsWith('/proposals/'))).toHaveLength(3);
      const exported = await v.context.request.get('/account/data/export.json');
      expect(exported.status()).toBe(200);
      const json = await exported.text();
      for (const s of secrets) expect(json, `${s} in the data export`).not.toContain(s);
    });
  });
});

describe('scoring without JavaScript', () => {
  it('the evaluator scores every criterion, saves, and sees the scores kept', async () => {
    await journey(browser, { as: 'evaluator', javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await v.visit('/evaluation');
      const toScore = main.locator('tr', { hasText: msg('ro', 'evaluation.status.to_score') });
      await v.follow(toScore.first().locator('a'), /\/evaluation\/[0-9a-f-]{36}$/);
      const radios = main.locator('input[type=radio][value="4"]');
      const n = await radios.count();
      expect(n).toBeGreaterThan(2);
      for (let i = 0; i < n; i++) await radios.nth(i).check();
      await main.locator('textarea[name^="comment_"]').first().fill('Impact clar, test realist.');
      await v.follow(main.getByRole('button', { name: exactly('ro', 'evaluation.scores.save') }));
      await expect
        .poll(() => v.page.locator('.banner').innerText())
        .toContain(msg('ro', 'evaluation.scores_saved'));
      expect(await main.locator('input[type=radio][value="4"]:checked').count()).toBe(n);
      // Posting the form as it was first read (an older version, other scores) is refused clearly.
      const version = Number(await main.locator('input[name=version]').inputValue());
      await main.locator('input[name=version]').evaluate((el, old) => {
        (el as HTMLInputElement).value = String(old);
      }, version - 1);
      await main.locator('input[type=radio][value="2"]').first().check();
      await v.follow(main.getByRole('button', { name: exactly('ro', 'evaluation.scores.save') }));
      await expect
        .poll(() => main.getByRole('alert').innerText())
        .toContain(msg('ro', 'evaluation.stale'));
    });
  });
});

describe('the administrator’s side', () => {
  it('evaluation progress, ranking with its CSV, the dashboard; the public results', async () => {
    let finished = '';
    await journey(browser, { as: 'admin', javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      finished = await callPath(v, FINISHED_CALL);
      const blind = await callPath(v, BLIND_CALL);
      const id = blind.split('/').pop();
      await v.visit(`/admin/calls/${id}/evaluation`);
      expect(await main.locator('table').count()).toBe(2);
      await v.follow(main.getByRole('button', { name: exactly('ro', 'evaluation.assign.submit') }));
      await expect
        .poll(() => v.page.locator('.banner').innerText())
        .toContain(msg('ro', 'evaluation.assigned', { added: 0, proposals: 3, short: 0 }));
      await v.visit(`/admin/calls/${id}/ranking`);
      expect(await main.locator('tbody tr').count()).toBe(3);
      const csv = await v.context.request.get(`/admin/calls/${id}/ranking.csv`);
      expect(csv.headers()['content-type']).toContain('text/csv');
      const text = await csv.text();
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
      for (const s of blindSecrets()) expect(text).not.toContain(s);
      await v.visit(`/admin/calls/${id}/dashboard`);
      expect(await main.locator('svg[role=img]').count()).toBe(4);
      expect(await main.locator('table').count()).toBe(4);
    });
    // An internal call is not listed to visitors; its published results are public all the same.
    await journey(browser, { javaScript: false }, async (v) => {
      await v.visit('/results');
      await v.follow(v.page.locator('main').getByRole('link', { name: FINISHED_CALL }));
      expect(new URL(v.page.url()).pathname).toBe(`${finished}/results`);
      const main = v.page.locator('main');
      // One card per selected proposal, as many as the figures say.
      const selected = Number(
        await main.locator('.figures li').nth(3).locator('strong').innerText(),
      );
      expect(selected).toBeGreaterThanOrEqual(DEMO_PROJECTS.length);
      expect(await main.locator('.card-list > li').count()).toBe(selected);
      await expect.poll(() => main.innerText()).toContain(msg('ro', 'results.figures'));
    });
  });
});
