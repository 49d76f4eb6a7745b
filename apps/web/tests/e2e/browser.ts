/**
 * Browser-test helpers. Every page a test visits goes through a `Visitor`, which runs axe-core
 * (WCAG 2.0/2.1/2.2 A and AA) on it and fails on any violation; `close()` then checks that no
 * navigation escaped the check and that the page logged no script errors (CSP included).
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, inject } from 'vitest';
import { exactly, msg } from './i18n.ts';

export type Locale = 'ro' | 'en' | 'hu';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const DEMO = {
  admin: { email: 'andrei.muresan@primariaclujnapoca.ro', password: 'demo-admin-2026' },
  employee: { email: 'cristina.sabau@primariaclujnapoca.ro', password: 'demo-employee-2026' },
  moderator: { email: 'ioana.pop@primariaclujnapoca.ro', password: 'demo-moderator-2026' },
  evaluator: { email: 'mihaela.rus@primariaclujnapoca.ro', password: 'demo-evaluator-2026' },
  participant: { email: 'sorin.chiorean@example.org', password: 'demo-participant-2026' },
} as const;

export const baseUrl = (): string => inject('baseUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * axe-core's source, given to every browser context as an init script: each document then has
 * axe from its start, and a check is one `axe.run`. (@axe-core/playwright sent the 550 KB source
 * over the protocol and compiled it again for every check, then finished in a blank page of its
 * own: eight to ten times the cost of the run itself, most of the browser tests' time.)
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Gives every page of the context axe-core, before any of the page's own content runs. */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

type Violations = Pick<AxeResults, 'violations'>['violations'];

/** Runs axe on the page as it is now and throws, listing every violation, if there is any. */
export async function expectAccessible(page: Page, shownAs = page.url()): Promise<void> {
  // A page of a context made without withAxe(): bring axe now.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations: Violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations;
  }, AXE_TAGS);
  if (violations.length === 0) return;
  const lines = violations.map((v) => {
    const targets = v.nodes
      .slice(0, 10)
      .map(
        (n) =>
          `      - ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`,
      )
      .join('\n');
    return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets}`;
  });
  throw new AxeViolations(
    `axe: ${violations.length} WCAG violation(s) on ${shownAs}:\n${lines.join('\n')}`,
  );
}

export class AxeViolations extends Error {
  override name = 'AxeViolations';
}

/**
 * axe runs as a script in the page, which a context without JavaScript refuses. For such
 * pages, the rendered document (scripts removed, so nothing hydrates or changes it) is loaded
 * at the same address in a script-enabled inspector page with the same viewport, where axe runs.
 */
class Inspector {
  private snapshot: { url: string; html: string } | null = null;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, viewport: { width: number; height: number }) {
    const context = await withAxe(await browser.newContext({ javaScriptEnabled: true, viewport }));
    const page = await context.newPage();
    const inspector = new Inspector(context, page);
    await page.route('**/*', (route) => {
      const request = route.request();
      if (
        inspector.snapshot &&
        request.resourceType() === 'document' &&
        request.url() === inspector.snapshot.url
      ) {
        return route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: inspector.snapshot.html,
        });
      }
      return route.continue();
    });
    return inspector;
  }

  async check(source: Page): Promise<void> {
    const html = (await source.content())
      .replace(/<script\b[\s\S]*?<\/script>/gi, '')
      .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');
    this.snapshot = { url: source.url(), html };
    await this.page.goto(source.url());
    await expectAccessible(this.page, `${source.url()} (without JavaScript)`);
  }
}

export interface VisitorOptions {
  javaScript?: boolean;
  /** Sets the Accept-Language header, as a browser configured in this language would. */
  acceptLanguage?: string;
  viewport?: { width: number; height: number };
  /** Starts signed in as this demo account (a session opened once by the global set-up). */
  as?: 'admin' | 'employee' | 'moderator' | 'participant' | 'evaluator';
  /**
   * Starts in this language (the cookie the language switcher sets; Romanian when signed in as
   * a demo account). The switcher itself is tested on its own (language.e2e.ts).
   */
  locale?: Locale;
}

/** One person in one browser context: every navigation is checked with axe. */
export class Visitor {
  private navigations = 0;
  private checkedAt = -1;
  readonly problems: string[] = [];
  readonly violations: string[] = [];
  readonly visited: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly inspector: Inspector | null,
  ) {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) {
        this.navigations++;
        if (process.env.E2E_DEBUG) console.log('[nav]', this.navigations, frame.url());
      }
    });
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // A page's own status is asserted by visit(); failed sub-resources are caught below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        this.problems.push(`console error on ${page.url()}: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (response.status() >= 400 && type !== 'document') {
        this.problems.push(`HTTP ${response.status()} for ${type} ${response.url()}`);
      }
    });
    page.on('requestfailed', (request) => {
      // Aborted by a newer navigation (e.g. a preload the visitor moved past): not a failure.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      // Without JavaScript, Chromium refuses the page's script preloads: expected.
      if (inspector && request.resourceType() === 'script') return;
      this.problems.push(`failed to load ${request.url()}: ${request.failure()?.errorText}`);
    });
  }

  static async open(browser: Browser, options: VisitorOptions = {}): Promise<Visitor> {
    const viewport = options.viewport ?? { width: 1280, height: 900 };
    const context = await withAxe(
      await browser.newContext({
        baseURL: baseUrl(),
        javaScriptEnabled: options.javaScript ?? true,
        viewport,
        extraHTTPHeaders: { 'accept-language': options.acceptLanguage ?? 'ro-RO,ro;q=0.9' },
      }),
    );
    context.setDefaultTimeout(15_000);
    if (options.as) {
      const session = inject('sessions')[options.as];
      expect(session, `no shared session for ${options.as}`).toBeTruthy();
      await context.addCookies([{ ...session!, url: baseUrl() }]);
    }
    // The shared accounts' profile language is changed by tests that switch language; the
    // cookie wins over the profile, so a test running beside them keeps its own language.
    const locale = options.locale ?? (options.as ? 'ro' : undefined);
    if (locale) await context.addCookies([{ name: 'locale', value: locale, url: baseUrl() }]);
    const page = await context.newPage();
    const javaScript = options.javaScript ?? true;
    const inspector = javaScript ? null : await Inspector.open(browser, viewport);
    return new Visitor(context, page, inspector);
  }

  /** Goes to a path, expects the given status (200 unless told), and checks the page with axe. */
  async visit(path: string, expectedStatus = 200): Promise<void> {
    const response = await this.page.goto(path);
    expect(response, `no response for ${path}`).not.toBeNull();
    expect(response!.status(), `HTTP status of GET ${path}`).toBe(expectedStatus);
    await this.check();
  }

  /** Clicks something that navigates (a link, a form's button) and checks where it lands. */
  async follow(target: Locator, expectedUrl?: RegExp): Promise<void> {
    const before = this.navigations;
    await target.click();
    if (expectedUrl) await this.page.waitForURL(expectedUrl);
    else await expect.poll(() => this.navigations, { timeout: 15_000 }).toBeGreaterThan(before);
    await this.check();
  }

  /** Checks the current page with axe (after waiting for it to settle). */
  async check(): Promise<void> {
    // Pages carry no script (decision 009): once loaded, nothing changes them any more.
    await this.page.waitForLoadState('load');
    const url = this.page.url();
    this.visited.push(url.replace(baseUrl(), '') || '/');
    try {
      if (this.inspector) await this.inspector.check(this.page);
      else await expectAccessible(this.page);
    } catch (e) {
      // Recorded, and the journey goes on so that one page's violation does not hide the rest
      // of the journey (or other pages' violations); verify() then fails the test with them all.
      if (!(e instanceof AxeViolations)) throw e;
      this.violations.push(e.message);
    }
    if (process.env.E2E_DEBUG) console.log('[checked]', this.navigations, url);
    this.checkedAt = this.navigations;
  }

  /** The page's <html lang>. */
  lang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  /** Every navigation was checked with axe, and nothing went wrong in the page's scripts. */
  verify(): void {
    if (this.violations.length) throw new AxeViolations(this.violations.join('\n\n'));
    expect(
      this.checkedAt,
      `a page was visited without an axe check (last checked: ${this.visited.at(-1)}, now at ${this.page.url()})`,
    ).toBe(this.navigations);
    expect(this.problems, 'errors in the page (scripts, CSP, failed loads)').toEqual([]);
  }

  async close(): Promise<void> {
    await this.context.close();
    await this.inspector?.context.close();
  }
}

/**
 * Runs a journey as one visitor, then verifies that every page was checked with axe and that
 * nothing failed in the page. A failure inside the journey is reported as it is.
 */
export async function journey(
  browser: Browser,
  options: VisitorOptions,
  steps: (visitor: Visitor) => Promise<void>,
): Promise<void> {
  const visitor = await Visitor.open(browser, options);
  try {
    await steps(visitor);
    visitor.verify();
  } catch (e) {
    // Whatever stopped the journey, the accessibility violations met on the way are reported too.
    if (visitor.violations.length && !(e instanceof AxeViolations)) {
      throw new Error(
        `${e instanceof Error ? e.message : String(e)}\n\n(also, on the way:)\n${visitor.violations.join('\n\n')}`,
        { cause: e },
      );
    }
    throw e;
  } finally {
    await visitor.close();
  }
}

/** Switches language through the header's form (works without JavaScript). */
export async function switchLanguage(visitor: Visitor, locale: Locale): Promise<void> {
  const form = visitor.page.locator('form.language-switcher');
  await form.locator('select#language-select').selectOption(locale);
  await visitor.follow(form.locator('button[type="submit"]'));
  expect(await visitor.lang()).toBe(locale);
}

/** The page's language, as its <html lang> says. */
export async function pageLocale(visitor: Visitor): Promise<Locale> {
  const lang = await visitor.lang();
  expect(['ro', 'en', 'hu']).toContain(lang);
  return lang as Locale;
}

/** Signs in through the sign-in page (in the page's language) and checks that it worked. */
export async function signIn(
  visitor: Visitor,
  account: { email: string; password: string },
): Promise<void> {
  await visitor.visit('/account/sign-in');
  const locale = await pageLocale(visitor);
  const main = visitor.page.locator('main');
  await main.getByLabel(msg(locale, 'accounts.field.email'), { exact: true }).fill(account.email);
  await main
    .getByLabel(msg(locale, 'accounts.field.password'), { exact: true })
    .fill(account.password);
  await visitor.follow(
    main.getByRole('button', { name: exactly(locale, 'accounts.sign_in.submit') }),
  );
  // Signed in: the header offers to sign out.
  await expect
    .poll(() =>
      visitor.page
        .locator('header')
        .getByRole('button', { name: exactly(locale, 'shell.sign_out') })
        .count(),
    )
    .toBe(1);
}

/** The title of the demo organisation's internal call (other tests add calls of their own). */
export const DEMO_CALL_TITLE = 'Innovato-R 2026';

/** The demo call's path in a calls page's HTML ('' when it is not listed). */
export function demoCallHref(html: string): string {
  const escaped = DEMO_CALL_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`href="(/calls/[0-9a-f-]{36})"[^>]*>${escaped}<`).exec(html)?.[1] ?? '';
}

/** The path of the demo organisation's internal call, as the calls list links to it. */
export async function firstCallPath(visitor: Visitor): Promise<string> {
  await visitor.visit('/calls');
  const link = visitor.page
    .locator('main a[href^="/calls/"]', { hasText: DEMO_CALL_TITLE })
    .first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/calls\/[^/]+$/);
  return href!;
}
