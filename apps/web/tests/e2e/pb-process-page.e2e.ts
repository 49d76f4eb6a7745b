/**
 * The public page of a process, as a visitor without JavaScript: the timeline is an ordered list
 * with the current phase marked, the projects' places are a numbered list, and without a tile
 * source (none is set in the tests) there is no map and no request leaves this site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, journey, launchBrowser } from './browser.ts';
import { msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a public process page', () => {
  it('timeline as a list, places as a list, no map and nothing from another host', async () => {
    await journey(browser, { javaScript: false }, async (v) => {
      const elsewhere: string[] = [];
      v.page.on('request', (r) => {
        if (!r.url().startsWith(baseUrl())) elsewhere.push(r.url());
      });
      await v.visit('/');
      const process = v.page.locator('main a.pb-process-link', {
        hasText: /Bugetare participativă Cluj-Napoca 2026/,
      });
      await v.follow(process, /\/pb\/[0-9a-f-]{36}$/);
      const main = v.page.locator('main');
      const current = main.locator('ol.timeline > li[aria-current="step"]');
      expect(await current.count()).toBe(1);
      expect(await current.innerText()).toContain(msg('ro', 'pb.state.voting'));
      expect(await main.locator('ol.timeline > li time').count()).toBeGreaterThanOrEqual(3);
      const places = main.locator('ol.pb-places > li');
      expect(await places.count()).toBeGreaterThan(5);
      expect(await places.first().innerText()).toMatch(/46\.\d{4}, 23\.\d{4}/);
      expect(await main.locator('.pb-map').count()).toBe(0);
      expect(await main.locator('a.pb-vote-link').count()).toBe(1);
      expect(elsewhere).toEqual([]);
    });
  });
});
