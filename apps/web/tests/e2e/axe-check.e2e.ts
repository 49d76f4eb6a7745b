/**
 * The accessibility check itself can fail: a page given an image without a text alternative and a
 * field without a label is reported with both rules named. (Pages without JavaScript are checked
 * by the same function, in the inspector's page.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeViolations, Visitor, expectAccessible, launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The sign-in page, spoiled: an unlabelled image and an unlabelled text field in its main. */
async function spoil(v: Visitor) {
  await v.visit('/account/sign-in');
  await v.page.locator('main').evaluate((main) => {
    main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><input type="text" name="x">');
  });
}

it('a spoiled page fails the check; the same page unspoiled passes', async () => {
  const v = await Visitor.open(browser);
  try {
    await spoil(v);
    const failure = await expectAccessible(v.page).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(AxeViolations);
    expect(String(failure)).toMatch(/image-alt/);
    expect(String(failure)).toMatch(/\blabel\b/);
    await v.visit('/account/sign-in');
    v.verify();
  } finally {
    await v.close();
  }
});
