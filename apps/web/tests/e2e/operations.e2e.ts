/** Health endpoints, and the cross-origin form check every POST route relies on. */
import { describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, Visitor } from './browser.ts';

describe('operations endpoints', () => {
  it('GET /healthz answers 200 "ok", uncached', async () => {
    const response = await fetch(`${baseUrl()}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toMatch(/\S+/);
  });

  it('GET /readyz answers 200 with the database reachable', async () => {
    const response = await fetch(`${baseUrl()}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('echoes a well-formed X-Request-Id and replaces a malformed one', async () => {
    const kept = await fetch(`${baseUrl()}/healthz`, { headers: { 'x-request-id': 'ci-test.1' } });
    expect(kept.headers.get('x-request-id')).toBe('ci-test.1');
    const replaced = await fetch(`${baseUrl()}/healthz`, {
      headers: { 'x-request-id': 'bad id <script>' },
    });
    expect(replaced.headers.get('x-request-id')).not.toBe('bad id <script>');
  });
});

describe('forms posted from another origin', () => {
  it('are refused with 403 and change nothing', async () => {
    const browser = await launchBrowser();
    try {
      const v = await Visitor.open(browser, { as: 'employee' });
      try {
        const request = v.context.request;
        const evil = { origin: 'http://evil.example', accept: 'text/html' };
        const mine = async () => (await (await request.get('/my/proposals')).text()).length;
        const calls = await (await request.get('/calls')).text();
        const callPath = /href="(\/calls\/[0-9a-f-]{36})"/.exec(calls)?.[1];
        expect(callPath).toBeTruthy();
        const before = await mine();

        const title = `Cross-site ${Date.now()}`;
        const post = await request.post(`${callPath}/proposals/new?/submit`, {
          headers: evil,
          form: { title, problem: 'p', solution: 's', clientToken: crypto.randomUUID() },
          maxRedirects: 0,
        });
        expect(post.status()).toBe(403);
        const list = await (await request.get('/my/proposals')).text();
        expect(list).not.toContain(title);
        expect(await mine()).toBe(before);

        // Sign-out from another origin does not sign the employee out.
        const out = await request.post('/account/sign-out', { headers: evil, maxRedirects: 0 });
        expect(out.status()).toBe(403);
        expect(await (await request.get('/my/proposals')).status()).toBe(200);

        // Nor does the language switcher set anything.
        const lang = await request.post('/language', {
          headers: evil,
          form: { locale: 'en', returnTo: '/' },
          maxRedirects: 0,
        });
        expect(lang.status()).toBe(403);
        expect(lang.headers()['set-cookie'] ?? '').not.toContain('locale=');
      } finally {
        await v.close();
      }
    } finally {
      await browser.close();
    }
  });
});
