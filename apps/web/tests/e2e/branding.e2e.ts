/**
 * An administrator brands the organisation, without JavaScript: a colour that fails WCAG AA is
 * refused with a message naming its ratio, tied to the field; a fake image is refused; a real
 * colour and logo then show in every page's header. Another organisation's admin cannot (domain
 * test); an employee gets 403. The demo organisation is put back as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, journey, launchBrowser, type Visitor } from './browser.ts';
import { msg } from './i18n.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A real 4×4 PNG in the demo's blue. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGPg9u+CIwbiOABq0w5BD/UVrwAAAABJRU5ErkJggg==',
  'base64',
);
const PAGE = '/admin/organisation/branding';

async function saveColour(v: Visitor, colour: string) {
  await v.page.getByLabel(msg('ro', 'branding.accent.label')).fill(colour);
  await v.follow(v.page.getByRole('button', { name: msg('ro', 'branding.accent.save') }));
}

async function upload(v: Visitor, name: string, mimeType: string, buffer: Buffer) {
  await v.page
    .getByLabel(msg('ro', 'branding.logo.label'))
    .setInputFiles({ name, mimeType, buffer });
  await v.follow(v.page.getByRole('button', { name: msg('ro', 'branding.logo.upload') }));
}

describe('branding', () => {
  it('refuses a low-contrast colour and a fake image, then shows the logo and the colour', async () => {
    await journey(browser, { as: 'admin', javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await v.visit(PAGE);
      try {
        await saveColour(v, '#77aaff');
        const field = v.page.locator('#accentColour');
        expect(await field.inputValue()).toBe('#77aaff');
        expect(await field.getAttribute('aria-describedby')).toContain('accentColour-error');
        const error = await v.page.locator('#accentColour-error').innerText();
        expect(error).toContain('2.33:1');
        expect(error).toContain('4.5:1');
        expect(await v.page.locator('.error-summary').innerText()).toContain('2.33:1');

        await upload(
          v,
          'logo.png',
          'image/png',
          Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        );
        expect(await v.page.locator('#logo-error').innerText()).toContain(
          msg('ro', 'branding.logo.type'),
        );
        expect(await v.page.locator('#logo').getAttribute('aria-describedby')).toContain(
          'logo-error',
        );

        // A form's fields are held to FORM_BODY_LIMIT (1 MB): 2 MB are refused with a page
        // that names the limit, while the logo (multipart) keeps the files limit below.
        const huge = await v.page.request.post(`${PAGE}?/colour`, {
          headers: { origin: baseUrl(), accept: 'text/html' },
          form: { accentColour: '#'.padEnd(2 * 1024 * 1024, '0') },
          maxRedirects: 0,
        });
        expect(huge.status()).toBe(413);
        const refusal = await huge.text();
        expect(refusal).toContain(msg('ro', 'errors.too_large'));
        expect(refusal).toContain('1 MB');

        await saveColour(v, '#7a1f5c');
        expect(await main.innerText()).toContain(msg('ro', 'branding.accent.saved'));
        await upload(v, 'sigla.png', 'image/png', PNG);
        expect(await main.innerText()).toContain(msg('ro', 'branding.logo.saved'));

        await v.visit('/');
        const header = v.page.locator('header.site-header');
        expect(await header.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
          'rgb(122, 31, 92)',
        );
        const link = v.page.locator('main a.pb-process-link').first();
        expect(await link.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(122, 31, 92)');
        const logo = header.locator('img.site-header__logo');
        expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(4);
        const response = await v.page.request.get((await logo.getAttribute('src'))!);
        expect(response.headers()['content-type']).toBe('image/png');
        expect(response.headers()['x-content-type-options']).toBe('nosniff');
        expect(response.headers()['cache-control']).toContain('immutable');
        const again = await v.page.request.get((await logo.getAttribute('src'))!, {
          headers: { 'if-none-match': response.headers()['etag']! },
        });
        expect(again.status()).toBe(304);
        expect(again.headers()['etag']).toBe(response.headers()['etag']);
      } finally {
        await v.visit(PAGE);
        if (await v.page.getByRole('button', { name: msg('ro', 'branding.logo.remove') }).count())
          await v.follow(v.page.getByRole('button', { name: msg('ro', 'branding.logo.remove') }));
        await saveColour(v, '');
      }
      expect(await v.page.locator('header img').count()).toBe(0);
    });
  });

  it('is for administrators only', async () => {
    await journey(browser, { as: 'employee' }, async (v) => {
      await v.visit(PAGE, 403);
    });
  });
});
