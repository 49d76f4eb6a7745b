/**
 * The admin creates a public innovation call (a bad date range is refused first), publishes it,
 * and an anonymous visitor then finds it, opens it and reads its (empty) proposals list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { journey, launchBrowser } from './browser.ts';
import { exactly, msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const local = (d: Date) => d.toISOString().slice(0, 16);

describe('admin', () => {
  it('creates and publishes a public call that anonymous visitors then see', async () => {
    const title = `Apel public de test ${Date.now()}`;
    let callPath = '';
    // An accessibility violation on the admin's pages is reported, but does not stop the
    // visitor's half of the journey from running.
    const adminHalf = journey(browser, { as: 'admin' }, async (v) => {
      const main = v.page.locator('main');
      await v.visit('/calls');
      await v.follow(
        main.getByRole('link', { name: exactly('ro', 'calls.create.link') }),
        /\/admin\/calls\/new$/,
      );
      const form = main.locator('form[method="POST"]');
      await form
        .getByLabel(msg('ro', 'calls.field.title', { language: 'Română' }), { exact: true })
        .fill(title);
      await form
        .getByLabel(msg('ro', 'calls.field.description', { language: 'Română' }), { exact: true })
        .fill('Idei pentru un oraș mai curat: colectare, reciclare, spații verzi.');
      await form
        .getByLabel(msg('ro', 'calls.field.audience'), { exact: true })
        .selectOption('public');
      const now = Date.now();
      // Closing before opening is refused, with the fields kept.
      await form
        .getByLabel(msg('ro', 'calls.field.opens_at'), { exact: true })
        .fill(local(new Date(now + 86_400_000)));
      await form
        .getByLabel(msg('ro', 'calls.field.closes_at'), { exact: true })
        .fill(local(new Date(now - 86_400_000)));
      await v.follow(form.getByRole('button', { name: exactly('ro', 'calls.create.submit') }));
      await expect
        .poll(() => main.getByRole('alert').innerText())
        .toContain(msg('ro', 'calls.closes_at.before_opens'));

      await form
        .getByLabel(msg('ro', 'calls.field.opens_at'), { exact: true })
        .fill(local(new Date(now - 86_400_000)));
      await form
        .getByLabel(msg('ro', 'calls.field.closes_at'), { exact: true })
        .fill(local(new Date(now + 30 * 86_400_000)));
      await v.follow(
        form.getByRole('button', { name: exactly('ro', 'calls.create.submit') }),
        /\/calls\/[0-9a-f-]{36}/,
      );
      callPath = new URL(v.page.url()).pathname;
      expect(await main.locator('h1').innerText()).toBe(title);
      expect(await main.innerText()).toContain(msg('ro', 'calls.state.draft'));

      await v.follow(main.getByRole('button', { name: exactly('ro', 'calls.transition.publish') }));
      await expect
        .poll(() => main.locator('.meta').first().innerText())
        .toContain(msg('ro', 'calls.state.open'));
    }).then(
      () => null,
      (e: unknown) => e,
    );
    const adminError = await adminHalf;
    expect(callPath, String(adminError)).toMatch(/^\/calls\//);

    await journey(browser, { javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await v.visit('/calls');
      await v.follow(
        main.getByRole('link', { name: title, exact: true }),
        new RegExp(`${callPath}$`),
      );
      expect(await main.innerText()).toContain(msg('ro', 'calls.audience_tag.public'));
      expect(await main.innerText()).toContain(msg('ro', 'calls.proposals.none'));
      expect(
        await main.getByRole('link', { name: exactly('ro', 'calls.sign_in_to_propose') }).count(),
      ).toBe(1);
    });
    if (adminError) throw adminError;
  });
});
