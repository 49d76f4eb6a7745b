/**
 * No lost update (issue 7): the demo employee opens one draft in two tabs, without JavaScript.
 * Tab A saves first; tab B's save is refused with "changed meanwhile", shows the version saved
 * by A and keeps B's own text in the form; saving B again then replaces it, deliberately.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, journey, launchBrowser } from './browser.ts';
import { exactly, msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('two tabs editing one draft', () => {
  it('the later save is told, sees the newer text, loses nothing', async () => {
    await journey(browser, { javaScript: false, as: 'employee' }, async (tabB) => {
      const { request } = tabB.context;
      // A draft of the employee's, made through the app's own form.
      await tabB.visit('/calls');
      const calls = tabB.page.locator('main');
      await tabB.follow(
        calls.getByRole('link', { name: 'Innovato-R 2026', exact: true }),
        /\/calls\/[^/?]+$/,
      );
      const callPath = new URL(tabB.page.url()).pathname;
      const form = await (await request.get(`${callPath}/proposals/new`)).text();
      const token = /name="clientToken" value="([^"]+)"/.exec(form)?.[1];
      const category = /<select[^>]*name="categoryId"[\s\S]*?<option value="([^"]+)"/.exec(
        form,
      )?.[1];
      const saved = await request.post(`${callPath}/proposals/new?/save`, {
        headers: { origin: baseUrl(), accept: 'text/html' },
        form: {
          clientToken: token!,
          title: `Ciornă în două file ${Date.now()}`,
          categoryId: category!,
          problem: '',
          solution: '',
        },
        maxRedirects: 0,
      });
      expect(saved.status()).toBe(303);
      const proposalPath = new URL(saved.headers().location!, baseUrl()).pathname;

      // Both tabs open the edit page at the same version.
      const tabA = await tabB.context.newPage();
      await tabA.goto(`${proposalPath}/edit`);
      await tabB.visit(`${proposalPath}/edit`);
      const titleLabel = msg('ro', 'proposals.field.title');

      await tabA.getByLabel(titleLabel, { exact: true }).fill('Titlul salvat din fila A');
      await tabA.getByRole('button', { name: exactly('ro', 'proposals.save_draft') }).click();
      await tabA.waitForURL(/saved=1/);
      await tabA.close();

      const main = tabB.page.locator('main');
      await main.getByLabel(titleLabel, { exact: true }).fill('Titlul scris în fila B');
      await tabB.follow(main.getByRole('button', { name: exactly('ro', 'proposals.save_draft') }));
      await expect.poll(() => main.innerText()).toContain(msg('ro', 'proposals.changed_meanwhile'));
      // The newer text is shown; B's own text is still in the form.
      const newer = main.getByRole('region', {
        name: msg('ro', 'proposals.changed_meanwhile.saved'),
      });
      expect(await newer.innerText()).toContain('Titlul salvat din fila A');
      expect(await main.getByLabel(titleLabel, { exact: true }).inputValue()).toBe(
        'Titlul scris în fila B',
      );

      // Saving again, now on the newer version, replaces it deliberately.
      await tabB.follow(
        main.getByRole('button', { name: exactly('ro', 'proposals.save_draft') }),
        /saved=1/,
      );
      expect(await main.locator('h1').innerText()).toBe('Titlul scris în fila B');
    });
  });
});
