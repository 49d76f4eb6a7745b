/**
 * An administrator edits a process's phase dates without JavaScript: phases that have started
 * are shown as dates, not fields; a date in the past for a phase ahead is refused beside its
 * field with what was typed kept; nothing moves. axe checks every state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { journey, launchBrowser } from './browser.ts';
import { msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('phase dates', () => {
  it('a past date for a phase ahead is refused on its field; started phases are not fields', async () => {
    await journey(browser, { as: 'admin', javaScript: false }, async (v) => {
      await v.visit('/admin/pb');
      const card = v.page.locator('main li', {
        hasText: /Bugetare participativă Cluj-Napoca 2026/,
      });
      await v.follow(card.locator('a.pb-schedule-link'), /\/schedule$/);
      const main = v.page.locator('main');
      // Voting is open in the demo: it and the phases before it are history.
      expect(await main.locator('#starts_voting').count()).toBe(0);
      const field = main.locator('#starts_validation');
      const shown = await field.inputValue();
      expect(shown).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      await field.fill('2020-01-01T10:00');
      await v.follow(main.getByRole('button', { name: msg('ro', 'pb.schedule.save') }));
      expect(await v.page.locator('#starts_validation-error').innerText()).toContain(
        msg('ro', 'pb.phase.in_past'),
      );
      expect(await field.getAttribute('aria-describedby')).toContain('starts_validation-error');
      expect(await field.inputValue()).toBe('2020-01-01T10:00');
      await v.visit(v.page.url());
      expect(await main.locator('#starts_validation').inputValue()).toBe(shown);
    });
  });
});
