/** At 320 CSS pixels wide (WCAG 1.4.10 Reflow), the main pages scroll only vertically. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_CALL_TITLE, journey, launchBrowser, type Visitor } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const viewport = { width: 320, height: 640 };

async function expectNoHorizontalScroll(v: Visitor, path: string) {
  await v.visit(path);
  const { scrollWidth, clientWidth } = await v.page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `horizontal scroll at 320 px on ${path}`).toBeLessThanOrEqual(clientWidth);
}

describe('320 px wide', () => {
  it('public pages', async () => {
    await journey(browser, { viewport }, async (v) => {
      for (const path of [
        '/',
        '/calls',
        '/account/sign-in',
        '/account/sign-up',
        '/accessibility',
      ]) {
        await expectNoHorizontalScroll(v, path);
      }
    });
  });

  it("an employee's pages: the call, a proposal, the proposal form, my proposals", async () => {
    await journey(browser, { viewport, as: 'employee' }, async (v) => {
      await expectNoHorizontalScroll(v, '/calls');
      const callPath = await v.page
        .locator('main a[href^="/calls/"]', { hasText: DEMO_CALL_TITLE })
        .first()
        .getAttribute('href');
      expect(callPath).toMatch(/^\/calls\/[0-9a-f-]{36}$/);
      await expectNoHorizontalScroll(v, callPath!);
      const proposal = await v.page
        .locator('main a[href^="/proposals/"]')
        .first()
        .getAttribute('href');
      await expectNoHorizontalScroll(v, proposal!);
      await expectNoHorizontalScroll(v, `${callPath}/proposals/new`);
      await expectNoHorizontalScroll(v, '/my/proposals');
      await expectNoHorizontalScroll(v, '/account/profile');
    });
  });
});
