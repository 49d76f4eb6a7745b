/**
 * On a phone the header, the navigation and the notices above the page take at most a quarter
 * of the first screen, so that the page's main action is visible without scrolling: measured on
 * the home page, a process page and the voting booth, at 360×640 and 390×844.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { journey, launchBrowser, type Visitor } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
];

/** The bottom of what sits above <main> (header, navigation, notices), in CSS pixels. */
const chromeBottom = (v: Visitor) =>
  v.page.evaluate(() => {
    const main = document.querySelector('main')!;
    let bottom = 0;
    for (let el = main.previousElementSibling; el; el = el.previousElementSibling)
      bottom = Math.max(bottom, el.getBoundingClientRect().bottom);
    return bottom;
  });

/** The header fits in a quarter of the screen and the main action is fully on the first screen. */
async function expectActionAboveTheFold(v: Visitor, action: string, height: number) {
  const bottom = await chromeBottom(v);
  expect(bottom, `header and notices on ${v.page.url()}`).toBeGreaterThan(0);
  expect(bottom, `header and notices on ${v.page.url()}`).toBeLessThanOrEqual(height / 4);
  const box = await v.page.locator(action).first().boundingBox();
  expect(box, `${action} on ${v.page.url()}`).not.toBeNull();
  expect(box!.y + box!.height, `${action} below the first screen`).toBeLessThanOrEqual(height);
}

describe.each(PHONES)('a phone of $width×$height', (viewport) => {
  it('the home page and a process page, as a visitor', async () => {
    await journey(browser, { viewport }, async (v) => {
      await v.visit('/');
      await expectActionAboveTheFold(v, 'main a.home-vote', viewport.height);
      await v.follow(v.page.locator('main a.pb-process-link').first());
      await expectActionAboveTheFold(v, 'main a.pb-vote-link', viewport.height);
    });
  });

  it('the voting booth, as a signed-in participant', async () => {
    await journey(browser, { viewport, as: 'participant' }, async (v) => {
      await v.visit('/');
      await expectActionAboveTheFold(v, 'main a.home-vote', viewport.height);
      await v.follow(v.page.locator('main a.home-vote').first(), /\/vote$/);
      await expectActionAboveTheFold(v, 'main h1', viewport.height);
    });
  });
});
