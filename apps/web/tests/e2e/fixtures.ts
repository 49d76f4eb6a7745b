/**
 * Data a journey needs but does not itself exercise, made through the app's own forms over HTTP
 * (the same requests a browser without JavaScript sends, from the app's own origin).
 */
import { expect } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { baseUrl } from './browser.ts';

const attr = (html: string, pattern: RegExp, what: string): string => {
  const found = pattern.exec(html)?.[1];
  expect(found, `${what} not found in the page`).toBeTruthy();
  return found!;
};

/** Submits `count` proposals to a call as the signed-in user of `request`; returns their titles. */
export async function submitProposals(
  request: APIRequestContext,
  callPath: string,
  count: number,
  titlePrefix = 'Propunere de test',
): Promise<string[]> {
  const titles: string[] = [];
  for (let i = 0; i < count; i++) {
    const form = await request.get(`${callPath}/proposals/new`);
    expect(form.status()).toBe(200);
    const html = await form.text();
    const clientToken = attr(html, /name="clientToken" value="([^"]+)"/, 'clientToken');
    const categoryId = attr(
      html,
      /<select[^>]*name="categoryId"[\s\S]*?<option value="([^"]+)"/,
      'category',
    );
    const title = `${titlePrefix} ${i + 1} (${Date.now()})`;
    const response = await request.post(`${callPath}/proposals/new?/submit`, {
      headers: { origin: baseUrl(), accept: 'text/html' },
      form: {
        clientToken,
        title,
        categoryId,
        problem: 'Hârtiile circulă prea încet între direcții.',
        solution: 'Un registru electronic comun, testat întâi la o singură direcție.',
      },
      maxRedirects: 0,
    });
    expect(response.status(), await response.text()).toBe(303);
    titles.push(title);
  }
  return titles;
}
