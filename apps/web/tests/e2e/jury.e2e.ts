/**
 * The jury in the browser, on the demo data. The blind test: the demo evaluator walks every
 * page they can reach about the blind call in evaluation — their assignments, each proposal
 * to score, the call's own pages and its proposals' pages, their notifications, their data
 * export — and none names an author of that call's proposals (name, e-mail or department, in
 * any language). Then the public results of last year's internal call. axe runs on every page.
 * (Scoring without JavaScript, the ranking, its CSV and the decision are in the whole call's
 * journey, innovation-call.e2e.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import demo from '#lib/server/seed/cluj-demo.json' with { type: 'json' };
import { JURY_STAGES } from '#lib/server/evaluation/seed.ts';
import { DEMO_PROJECTS } from '#lib/server/projects/seed-data.ts';
import { journey, launchBrowser, type Visitor } from './browser.ts';
import { msg } from './i18n.ts';

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

describe('the published results of an internal call', () => {
  it('are public, though the call is not listed to visitors', async () => {
    await journey(browser, { javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await v.visit('/calls');
      expect(await main.getByRole('link', { name: FINISHED_CALL, exact: true }).count()).toBe(0);
      await v.visit('/results');
      await v.follow(
        main.getByRole('link', { name: FINISHED_CALL }),
        /\/calls\/[0-9a-f-]{36}\/results$/,
      );
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
