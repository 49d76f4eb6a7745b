/**
 * Attachments in the browser, without JavaScript (Romanian and English): the demo employee
 * writes a draft, opens its files page, is told clearly when a file lies about its type (the
 * message beside the field, in the summary, nothing stored), uploads a real PDF, downloads it
 * with the safe headers and without its author's name inside, and removes it. axe on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { journey, launchBrowser, type Locale } from './browser.ts';
import { exactly, msg } from './i18n.ts';
import { samplePdf } from '../../src/lib/server/files/samples.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const AUTHOR = 'Cristina Sabău';

describe.each<Locale>(process.env.E2E_ONLY_RO ? ['ro'] : ['ro', 'en'])(
  'attachments without JavaScript (%s)',
  (locale) => {
    it('a draft’s author uploads, is refused a disguised file, downloads and removes', async () => {
      await journey(browser, { javaScript: false, as: 'employee', locale }, async (v) => {
        const { page } = v;
        const main = page.locator('main');
        const m = (key: Parameters<typeof msg>[1], params?: Parameters<typeof msg>[2]) =>
          msg(locale, key, params);

        // A new draft in the open call.
        await v.visit('/calls');
        await v.follow(main.getByRole('link', { name: 'Innovato-R 2026', exact: true }));
        await v.follow(
          main.getByRole('link', { name: exactly(locale, 'calls.propose') }),
          /\/new$/,
        );
        const form = main.locator('form[method="POST"]');
        await form
          .getByLabel(m('proposals.field.title'), { exact: true })
          .fill(`Dosar ${Date.now()}`);
        await form
          .getByLabel(m('proposals.field.category'), { exact: true })
          .selectOption({ index: 1 });
        await form.getByLabel(m('proposals.field.problem'), { exact: true }).fill('Hârtii multe.');
        await v.follow(form.getByRole('button', { name: exactly(locale, 'proposals.save_draft') }));
        await page.waitForURL(/\/proposals\/[^/]+$/);
        expect(await main.innerText()).toContain(m('files.none'));

        // Its files page, from the proposal's "Attachments" section.
        await v.follow(
          main.getByRole('link', { name: exactly(locale, 'files.manage') }),
          /\/files$/,
        );
        const upload = main.locator('form[enctype="multipart/form-data"]');
        const input = upload.getByLabel(m('files.field.files'), { exact: true });

        // An HTML page named .pdf: refused, the message names it, beside the field and above.
        await input.setInputFiles({
          name: 'raport.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('<html><script>alert(1)</script></html>'),
        });
        await v.follow(upload.getByRole('button', { name: exactly(locale, 'files.upload') }));
        const refused = m('files.type.unsupported', { name: 'raport.pdf' });
        await expect.poll(() => main.getByRole('alert').innerText()).toContain(refused);
        expect(await main.locator('#files-error').innerText()).toContain(refused);
        expect(await main.locator('#files').getAttribute('aria-invalid')).toBe('true');
        expect(await main.locator('#files').getAttribute('aria-describedby')).toContain(
          'files-error',
        );
        expect(await main.innerText()).toContain(m('files.none'));

        // A real PDF, with its author in its metadata.
        const pdf = await samplePdf(`${AUTHOR} <cristina.sabau@primariaclujnapoca.ro>`, 'Studiu');
        await main
          .locator('form[enctype="multipart/form-data"]')
          .getByLabel(m('files.field.files'), { exact: true })
          .setInputFiles({
            name: 'Studiu — arhivă.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.from(pdf),
          });
        await v.follow(
          main
            .locator('form[enctype="multipart/form-data"]')
            .getByRole('button', { name: exactly(locale, 'files.upload') }),
        );
        await expect.poll(() => main.innerText()).toContain(m('files.notice.uploaded'));
        const link = main.getByRole('link', { name: 'Studiu — arhivă.pdf', exact: true });
        const href = (await link.getAttribute('href'))!;
        expect(href).toMatch(/^\/files\/[0-9a-f-]{36}$/);

        // The download: saved, never sniffed, no script, and no author inside.
        const response = await page.request.get(href);
        expect(response.status()).toBe(200);
        const headers = response.headers();
        expect(headers['content-type']).toBe('application/pdf');
        expect(headers['content-disposition']).toMatch(
          /^attachment; filename="[^"]+"; filename\*=UTF-8''/,
        );
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['content-security-policy']).toContain('sandbox');
        const body = await response.body();
        expect(body.subarray(0, 5).toString()).toBe('%PDF-');
        expect(body.includes(Buffer.from('Sabău'))).toBe(false);
        expect(body.includes(Buffer.from('cristina.sabau'))).toBe(false);

        // Removed: gone from the list and from its address.
        await v.follow(
          main.getByRole('button', {
            name: exactly(locale, 'files.delete', { name: 'Studiu — arhivă.pdf' }),
          }),
        );
        await expect.poll(() => main.innerText()).toContain(m('files.notice.deleted'));
        expect(await main.innerText()).toContain(m('files.none'));
        expect((await page.request.get(href)).status()).toBe(404);
      });
    });
  },
);
