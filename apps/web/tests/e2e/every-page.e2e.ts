/**
 * Every page of the admin, account and privacy areas, opened by the person who uses it, in
 * Romanian and in Hungarian, with and without JavaScript: each must answer 200 and pass axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { journey, launchBrowser, switchLanguage, type Locale } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ADMIN_PAGES = [
  '/admin',
  '/admin/members',
  '/admin/emails',
  '/admin/audit',
  '/admin/audit?action=proposal.&from=2020-01-01',
  '/admin/organisation',
  '/admin/departments',
  '/admin/calls/new',
];
const ACCOUNT_PAGES = ['/account/profile', '/account/data', '/account/delete', '/my/proposals'];

describe.each([
  ['ro', true],
  ['hu', false],
] as [Locale, boolean][])('every page in %s (JavaScript %s)', (locale, javaScript) => {
  it('the administrator’s pages, a member’s and a department’s page', async () => {
    await journey(browser, { as: 'admin', javaScript }, async (v) => {
      await v.visit('/');
      await switchLanguage(v, locale);
      try {
        for (const path of ADMIN_PAGES) await v.visit(path);
        await v.visit('/admin/members');
        const member = await v.page
          .locator('main a[href^="/admin/members/"]')
          .first()
          .getAttribute('href');
        expect(member).toMatch(/^\/admin\/members\/[0-9a-f-]{36}$/);
        await v.visit(member!);
        await v.visit('/admin/departments');
        const department = await v.page
          .locator('main a[href^="/admin/departments/"]')
          .first()
          .getAttribute('href');
        expect(department).toMatch(/^\/admin\/departments\/[0-9a-f-]{36}$/);
        await v.visit(department!);
      } finally {
        // The switch is remembered in the shared account's profile too: put Romanian back.
        await switchLanguage(v, 'ro');
      }
    });
  });

  it('an employee’s account pages, and the admin pages refused', async () => {
    await journey(browser, { as: 'employee', javaScript }, async (v) => {
      await v.visit('/');
      await switchLanguage(v, locale);
      try {
        for (const path of ACCOUNT_PAGES) await v.visit(path);
        await v.visit('/admin/members', 403);
        await v.visit('/admin/organisation', 403);
      } finally {
        await switchLanguage(v, 'ro');
      }
    });
  });
});
