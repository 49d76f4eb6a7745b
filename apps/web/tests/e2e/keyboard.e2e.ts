/** Keyboard only: the skip link, visible focus, and signing in without a mouse. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { journey, launchBrowser } from './browser.ts';
import { msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What has focus, and whether it is drawn visibly (an outline or a box shadow). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? '').trim(),
      visible: outline || style.boxShadow !== 'none',
    };
  });

describe('keyboard only', () => {
  it('Tab reaches the skip link first, shown with visible focus; Enter moves focus to main', async () => {
    await journey(browser, {}, async (v) => {
      await v.visit('/');
      await v.page.keyboard.press('Tab');
      const skip = await focused(v.page);
      expect(skip).toMatchObject({ tag: 'a', text: msg('ro', 'shell.skip_link'), visible: true });
      expect(await v.page.locator('a.skip-link').isVisible()).toBe(true);
      await v.page.keyboard.press('Enter');
      await expect.poll(() => focused(v.page)).toMatchObject({ tag: 'main', id: 'main' });
      await v.check();
    });
  });

  it('every control on the way has visible focus, and the employee signs in with the keyboard', async () => {
    await journey(browser, { javaScript: false }, async (v) => {
      await v.visit('/account/sign-in');
      const seen: string[] = [];
      // Tab forward until the e-mail field, checking focus is visible on each stop.
      for (let i = 0; i < 30; i++) {
        await v.page.keyboard.press('Tab');
        const now = await focused(v.page);
        expect(now, `focus lost after ${seen.join(' → ')}`).not.toBeNull();
        expect(now!.visible, `no visible focus on ${now!.tag}#${now!.id} "${now!.text}"`).toBe(
          true,
        );
        seen.push(`${now!.tag}${now!.id ? `#${now!.id}` : ''}`);
        if (now!.id === 'email') break;
      }
      expect(seen.at(-1)).toBe('input#email');
      await v.page.keyboard.type('cristina.sabau@primariaclujnapoca.ro');
      await v.page.keyboard.press('Tab');
      expect((await focused(v.page))?.id).toBe('password');
      await v.page.keyboard.type('demo-employee-2026');
      const before = v.page.url();
      await v.page.keyboard.press('Enter');
      await v.page.waitForURL((url) => url.href !== before);
      await v.check();
      expect(
        await v.page
          .locator('header')
          .getByRole('button', { name: msg('ro', 'shell.sign_out') })
          .count(),
      ).toBe(1);
    });
  });
});
