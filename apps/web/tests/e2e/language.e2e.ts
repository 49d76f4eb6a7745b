/** The language switcher works without JavaScript and the choice is remembered. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { journey, launchBrowser, switchLanguage } from './browser.ts';
import { msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('language switcher', () => {
  it('switches ro → en → hu without JavaScript, stays on the page, and remembers the choice', async () => {
    await journey(browser, { javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await v.visit('/calls');
      expect(await v.lang()).toBe('ro');
      expect(await main.locator('h1').innerText()).toBe(msg('ro', 'calls.list.title'));

      await switchLanguage(v, 'en');
      expect(new URL(v.page.url()).pathname).toBe('/calls');
      expect(await main.locator('h1').innerText()).toBe(msg('en', 'calls.list.title'));

      // Remembered on the next pages, and in a new tab of the same browser.
      await v.visit('/');
      expect(await v.lang()).toBe('en');
      expect(await main.locator('h1').innerText()).toBe(msg('en', 'home.title'));
      const tab = await v.context.newPage();
      await tab.goto('/accessibility');
      expect(await tab.locator('html').getAttribute('lang')).toBe('en');
      await tab.close();

      await switchLanguage(v, 'hu');
      expect(await main.locator('h1').innerText()).toBe(msg('hu', 'home.title'));
      await v.visit('/calls');
      expect(await v.lang()).toBe('hu');
    });
  });

  it('refuses an unknown language and an off-site return address', async () => {
    const base = (await import('./browser.ts')).baseUrl();
    const response = await fetch(`${base}/language`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: base },
      body: new URLSearchParams({ locale: 'xx', returnTo: 'https://evil.example/' }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(response.headers.getSetCookie().some((c) => c.startsWith('locale='))).toBe(false);
  });
});
