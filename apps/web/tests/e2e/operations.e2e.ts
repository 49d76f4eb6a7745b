/** Health endpoints, and the cross-origin form check every POST route relies on. */
import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser.ts';

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
