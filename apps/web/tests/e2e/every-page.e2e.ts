/**
 * Every page the modules declare in their manifests (`e2ePages`), opened by the person it is for,
 * in Romanian and in Hungarian, with and without JavaScript: each must answer with its status and
 * pass axe. A module that adds pages adds them to its manifest; this list follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { E2ePage } from '#lib/server/module.ts';
import { modules } from '#lib/server/modules.ts';
import { journey, launchBrowser, type Locale, type Visitor } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const declared = modules.flatMap((m) => ('e2ePages' in m ? (m.e2ePages as E2ePage[]) : []));
/** The platform's own pages, beside the modules'. */
const PLATFORM: E2ePage[] = [
  { path: '/', as: null },
  { path: '/privacy', as: null },
  { path: '/contact', as: null },
  { path: '/admin', as: 'admin' },
  { path: '/admin', as: 'employee', status: 403 },
];
const pages = [...PLATFORM, ...declared];
const people = [...new Set(pages.map((p) => p.as))];

async function visitIn(v: Visitor, path: string, status: number, locale: Locale) {
  await v.visit(path, status);
  expect(await v.lang(), path).toBe(locale);
}

async function hrefOf(v: Visitor, selector: string) {
  const href = await v.page.locator(selector).first().getAttribute('href');
  expect(href, `a link ${selector} on ${v.page.url()}`).toBeTruthy();
  return href!;
}

/**
 * A person's pages, each visited and checked once however many entries declare it (several
 * entries of one page each follow a different link from it); then each entry's links in turn.
 */
async function openAll(v: Visitor, entries: E2ePage[], locale: Locale) {
  const byPage = Map.groupBy(entries, (p) => `${p.status ?? 200} ${p.path}`);
  for (const group of byPage.values()) {
    const { path, status } = group[0]!;
    await visitIn(v, path, status ?? 200, locale);
    const chains: [string, string[]][] = [];
    for (const p of group) {
      const [first, ...rest] = [p.follow ?? []].flat();
      if (first) chains.push([await hrefOf(v, first), rest]);
    }
    for (const [href, rest] of chains) {
      await visitIn(v, href, 200, locale);
      for (const selector of rest) await visitIn(v, await hrefOf(v, selector), 200, locale);
    }
  }
}

describe.each([
  ['ro', true],
  ['hu', false],
] as [Locale, boolean][])('every declared page in %s (JavaScript %s)', (locale, javaScript) => {
  it.each(people.map((as) => [as ?? 'visitor', as] as const))('as %s', async (_name, as) => {
    // The language by its cookie, as the switcher leaves it (the switcher has its own test,
    // and through the form it would also change a shared account's profile).
    await journey(browser, { as: as ?? undefined, javaScript, locale }, async (v) => {
      await openAll(
        v,
        pages.filter((x) => x.as === as),
        locale,
      );
    });
  });
});

it('the manifests declare pages for every kind of person', () => {
  expect(people).toEqual(expect.arrayContaining([null, 'admin', 'employee']));
  expect(declared.length).toBeGreaterThan(10);
});
