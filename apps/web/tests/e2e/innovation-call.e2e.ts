/**
 * Issue 8's whole journey in the browser, on a call made for it. The administrator creates a
 * public call (a bad date range is refused first) with its dates, formal checklist and one more
 * rubric criterion, and publishes it; a visitor finds it. An employee drafts a proposal (an
 * empty one is refused), edits it and invites by e-mail a colleague who has just joined with a
 * staff address; the colleague accepts from the mailed link and submits the team's proposal
 * without JavaScript. A third employee submits another. The moderator comments on the team's
 * proposal (an empty comment is refused beside its field), supports and follows it, then asks
 * the team for a clarification (an empty question is refused), and marks the other ineligible
 * after a failed point of the formal check; its author reads the reason. The lead replies to the
 * comment and reports it (an empty reason is refused), then answers the clarification. The
 * team's proposal passes the check; the administrator hides the reported comment from the queue
 * with a reason, which the co-author reads in its place; then closes the call, starts the evaluation of its
 * eligible proposals and assigns two evaluators, who score it blind without JavaScript (no
 * author shows; a stale form is refused). The administrator reads the ranking and its CSV,
 * selects the proposal with a justification and publishes; the public results show it, and
 * not the ineligible one.
 *
 * People read in Romanian or in English; each kind of page one of them reached is re-checked
 * with axe in the other language (the language cookie switched), and the test ends by
 * asserting that every kind of page was checked in both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  AxeViolations,
  baseUrl,
  DEMO,
  launchBrowser,
  pageLocale,
  signIn,
  switchLanguage,
  Visitor,
  type Locale,
  type VisitorOptions,
} from './browser.ts';
import { exactly, msg } from './i18n.ts';
import demo from '#lib/server/seed/cluj-demo.json' with { type: 'json' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Key = Parameters<typeof msg>[1];
type Params = Parameters<typeof msg>[2];
/** The messages of one language (a shorthand for the steps below). */
const say = (locale: Locale) => (key: Key, params?: Params) => msg(locale, key, params);

const stamp = Date.now();
const callTitle = { ro: `Apel de inovare ${stamp}`, en: `Innovation call ${stamp}` };
const teamTitle = `Registru comun de împrumut al echipamentelor (${stamp})`;
const otherTitle = `Parcare acoperită pentru biciclete (${stamp})`;
const question = 'Se aplică și la Direcția Taxe și Impozite?';
const answer = 'Da, cu aceeași aplicație.';
const ineligibleReason = 'Este deja finanțată din bugetul direcției.';
const justification = 'Ieftin, testabil în trei luni, util tuturor direcțiilor.';
const moderatorSays = 'Ce buget are pilotul?';
const leadReplies = 'Cam 4.000 de lei, din bugetul direcției.';
const reportReason = 'Întrebarea e pusă deja în formular.';
const hideReason = 'Întrebare dublă; răspunsul e în propunere.';
const colleague = {
  name: 'Anișoara Mureșan',
  email: `anisoara.muresan.${stamp}@primariaclujnapoca.ro`,
  password: 'o idee bună se scrie în doi 2026',
};
const otherEmployee = {
  email: 'bogdan.crisan@primariaclujnapoca.ro',
  password: 'demo-employee-2026',
};
const otherEvaluator = {
  email: 'radu.moldovan@primariaclujnapoca.ro',
  password: 'demo-evaluator-2026',
};
const nameOf = (email: string) => demo.people.find((p) => p.email === email)!.name;

/** What a blind jury must not read: the team's names and e-mails, the lead's department. */
function teamSecrets(): string[] {
  const lead = demo.people.find((p) => p.email === DEMO.employee.email)!;
  const department = demo.departments.find((d) => d.key === lead.department)!;
  return [
    lead.name,
    lead.email,
    colleague.name,
    colleague.email,
    ...Object.values(department.name),
  ];
}

/** A date-time as the call form takes it: local to the organisation (Europe/Bucharest). */
const local = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Bucharest',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(d)
    .replace(' ', 'T');
const DAY = 86_400_000;

/** A kind of page: its path with the ids left out. */
const kindOf = (url: URL) => url.pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');

const setLocale = (v: Visitor, locale: Locale) =>
  v.context.addCookies([{ name: 'locale', value: locale, url: baseUrl() }]);

/**
 * The people of the journey, each a Visitor, and the languages each kind of page was checked
 * with axe in (recorded as every check happens).
 */
class Cast {
  readonly visitors: Visitor[] = [];
  readonly checked = new Map<string, Set<Locale>>();
  /** Per visitor: kind of page → the path of that kind it reached last. */
  private readonly paths = new Map<Visitor, Map<string, string>>();

  /** A new person. */
  async open(options: VisitorOptions = {}): Promise<Visitor> {
    const v = await Visitor.open(browser, options);
    const check = v.check.bind(v);
    const paths = new Map<string, string>();
    v.check = async () => {
      await check();
      const url = new URL(v.page.url());
      paths.set(kindOf(url), url.pathname + url.search);
      const languages = this.checked.get(kindOf(url)) ?? new Set<Locale>();
      languages.add(await pageLocale(v));
      this.checked.set(kindOf(url), languages);
    };
    this.paths.set(v, paths);
    this.visitors.push(v);
    return v;
  }

  /**
   * Checks again, in the language it was not yet checked in, each kind of page this visitor
   * reached, as it is now (so: while those pages still show what the visitor saw), then gives
   * the visitor their own language back.
   */
  async recheck(v: Visitor) {
    const own = (await v.context.cookies(baseUrl())).find((c) => c.name === 'locale');
    let switched = false;
    for (const [kind, path] of this.paths.get(v)!) {
      for (const locale of ['ro', 'en'] as const) {
        if (this.checked.get(kind)?.has(locale)) continue;
        await setLocale(v, locale);
        switched = true;
        await v.visit(path);
      }
    }
    if (!switched) return;
    if (own) await v.context.addCookies([own]);
    else await v.context.clearCookies({ name: 'locale' });
  }

  /** Ends the journey: every page checked, no violation, every kind of page in both languages. */
  async finish(error?: unknown) {
    const problems: string[] = [];
    for (const v of this.visitors) {
      try {
        if (error) problems.push(...v.violations);
        else v.verify();
      } catch (e) {
        problems.push(e instanceof Error ? e.message : String(e));
      }
      await v.close();
    }
    if (error && problems.length) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${message}\n\n(also, on the way:)\n${problems.join('\n\n')}`, {
        cause: error,
      });
    }
    if (error) throw error;
    if (problems.length) throw new AxeViolations(problems.join('\n\n'));
    const oneLanguage = [...this.checked].filter(([, l]) => !l.has('ro') || !l.has('en'));
    expect(oneLanguage.map(([kind, l]) => `${kind} (only ${[...l].join()})`)).toEqual([]);
  }
}

let cast: Cast;

describe('an innovation call, from its creation to its published results', () => {
  it('is created, proposed to, checked, scored blind, decided and published', async () => {
    cast = new Cast();
    let failure: unknown;
    try {
      const admin = await cast.open({ as: 'admin', locale: 'en' });
      const callPath = await createCall(admin);
      await visitorFindsCall(callPath);

      const partner = await joinAsStaff();
      const lead = await cast.open({ as: 'employee', javaScript: false, locale: 'ro' });
      const teamPath = await writeDraft(lead, callPath);
      await coAuthorSubmits(partner, teamPath);
      const other = await cast.open();
      const otherPath = await submitAnother(other, callPath);

      const moderator = await cast.open({ as: 'moderator', locale: 'ro' });
      await discuss(moderator, teamPath);
      await askClarification(moderator, teamPath);
      await markIneligible(moderator, otherPath);
      await authorReadsReason(other, otherPath);
      await replyAndReport(lead, teamPath);
      await answerClarification(lead, teamPath);
      await markEligible(moderator, teamPath);
      await hideReported(admin);
      await coAuthorReadsWhyHidden(partner, teamPath);

      await startEvaluation(admin, callPath);
      const first = await cast.open({ as: 'evaluator', javaScript: false, locale: 'ro' });
      await scoreBlind(first, 'ro', '4', true);
      const second = await cast.open({ javaScript: false });
      await second.visit('/');
      await switchLanguage(second, 'en');
      await signIn(second, otherEvaluator);
      await scoreBlind(second, 'en', '5', false);

      await decideAndPublish(admin, callPath);
      await readResults();
    } catch (e) {
      failure = e;
    }
    await cast.finish(failure);
    // Eight people and about seventy pages, each checked by axe: room for a loaded machine.
  }, 600_000);
});

async function createCall(v: Visitor): Promise<string> {
  const m = say('en');
  const main = v.page.locator('main');
  await v.visit('/calls');
  await v.follow(
    main.getByRole('link', { name: exactly('en', 'calls.create.link') }),
    /\/admin\/calls\/new$/,
  );
  const form = main.locator('form[method="POST"]');
  const field = (key: Key, params?: Params) => form.getByLabel(m(key, params), { exact: true });
  await field('calls.field.title', { language: 'Română' }).fill(callTitle.ro);
  await field('calls.field.title', { language: 'English' }).fill(callTitle.en);
  await field('calls.field.description', { language: 'Română' }).fill(
    'Idei ale angajaților pentru o primărie care lucrează mai repede și mai ieftin.',
  );
  await field('calls.field.audience').selectOption('public');
  await field('calls.field.checklist').fill(
    [
      'În competența primăriei | Within the city hall’s remit',
      'Nefinanțată din alte surse | Not funded from elsewhere',
      'Fezabilă cu mijloacele apelului | Feasible with the call’s means',
    ].join('\n'),
  );
  const now = Date.now();
  // Closing before opening is refused, with the fields kept.
  await field('calls.field.opens_at').fill(local(new Date(now + DAY)));
  await field('calls.field.closes_at').fill(local(new Date(now - DAY)));
  await v.follow(form.getByRole('button', { name: exactly('en', 'calls.create.submit') }));
  await expect
    .poll(() => main.getByRole('alert').innerText())
    .toContain(m('calls.closes_at.before_opens'));
  expect(await field('calls.field.title', { language: 'Română' }).inputValue()).toBe(callTitle.ro);

  await field('calls.field.opens_at').fill(local(new Date(now - 5 * 60_000)));
  await field('calls.field.closes_at').fill(local(new Date(now + 30 * DAY)));
  await field('calls.field.evaluation_ends_at').fill(local(new Date(now + 45 * DAY)));
  await field('calls.field.decision_at').fill(local(new Date(now + 50 * DAY)));
  await v.follow(
    form.getByRole('button', { name: exactly('en', 'calls.create.submit') }),
    /\/calls\/[0-9a-f-]{36}$/,
  );
  const callPath = new URL(v.page.url()).pathname;
  expect(await main.locator('h1').innerText()).toBe(callTitle.en);
  expect(await main.innerText()).toContain(m('calls.state.draft'));

  // One more criterion in the rubric, beside the default ones.
  await v.follow(main.getByRole('link', { name: exactly('en', 'calls.rubric.title') }));
  const rubric = main.locator('form[action="?/save"]');
  const label = (key: Key, params?: Params) => rubric.getByLabel(m(key, params), { exact: true });
  await label('calls.rubric.field.name', { language: 'Română' }).fill('Cost redus');
  await label('calls.rubric.field.name', { language: 'English' }).fill('Low cost');
  await label('calls.rubric.field.weight').fill('20');
  await v.follow(rubric.getByRole('button', { name: exactly('en', 'calls.rubric.save') }));
  await expect.poll(() => v.page.locator('.banner').innerText()).toContain(m('calls.rubric.saved'));
  expect(await main.locator('table').innerText()).toContain('Low cost');

  await v.visit(callPath);
  await v.follow(main.getByRole('button', { name: exactly('en', 'calls.transition.publish') }));
  await expect
    .poll(() => main.locator('.meta').first().innerText())
    .toContain(m('calls.state.open'));
  return callPath;
}

/** Someone not signed in finds the public call, and is asked to sign in to propose. */
async function visitorFindsCall(callPath: string) {
  const v = await cast.open({ javaScript: false });
  const main = v.page.locator('main');
  await v.visit('/calls');
  await v.follow(
    main.getByRole('link', { name: callTitle.ro, exact: true }),
    new RegExp(`${callPath}$`),
  );
  expect(await main.innerText()).toContain(msg('ro', 'calls.audience_tag.public'));
  expect(await main.innerText()).toContain(msg('ro', 'calls.proposals.none'));
  expect(
    await main.getByRole('link', { name: exactly('ro', 'calls.sign_in_to_propose') }).count(),
  ).toBe(1);
  await cast.recheck(v);
}

/** The demo employee drafts the team's proposal (an empty one is refused), edits it, invites. */
async function writeDraft(v: Visitor, callPath: string) {
  const m = say('ro');
  const main = v.page.locator('main');
  await v.visit('/calls');
  await v.follow(main.getByRole('link', { name: callTitle.ro, exact: true }));
  await v.follow(main.getByRole('link', { name: exactly('ro', 'calls.propose') }), /\/new$/);
  expect(new URL(v.page.url()).pathname).toBe(`${callPath}/proposals/new`);
  const form = main.locator('form[method="POST"]');
  await v.follow(form.getByRole('button', { name: exactly('ro', 'proposals.save_draft') }));
  await expect.poll(() => main.getByRole('alert').innerText()).toContain(m('error_summary.title'));
  expect(await main.locator('#title').getAttribute('aria-invalid')).toBe('true');

  await form.getByLabel(m('proposals.field.title'), { exact: true }).fill(teamTitle);
  await form.getByLabel(m('proposals.field.category'), { exact: true }).selectOption({ index: 1 });
  await form
    .getByLabel(m('proposals.field.problem'), { exact: true })
    .fill('Fiecare direcție își cumpără proiectorul ei.');
  await v.follow(
    form.getByRole('button', { name: exactly('ro', 'proposals.save_draft') }),
    /\/proposals\/[0-9a-f-]{36}/,
  );
  const path = new URL(v.page.url()).pathname;
  expect(await main.innerText()).toContain(m('proposals.state.draft'));

  await v.follow(main.getByRole('link', { name: exactly('ro', 'proposals.edit') }), /\/edit$/);
  const edit = main.locator('form[method="POST"]');
  expect(await edit.getByLabel(m('proposals.field.title'), { exact: true }).inputValue()).toBe(
    teamTitle,
  );
  await edit
    .getByLabel(m('proposals.field.solution'), { exact: true })
    .fill('Un catalog comun, din care colegii împrumută pe rând.');
  await v.follow(edit.getByRole('button', { name: exactly('ro', 'proposals.save_draft') }));
  await v.page.waitForURL(new RegExp(`${path}(\\?|$)`));
  expect(await main.innerText()).toContain('colegii împrumută pe rând');

  await main.getByLabel(m('coauthors.invite.email')).fill(colleague.email);
  await v.follow(main.getByRole('button', { name: exactly('ro', 'coauthors.invite.submit') }));
  await expect
    .poll(() => v.page.locator('.banner').innerText())
    .toContain(m('coauthors.invite.sent'));
  // The invitation waits, with a way to take it back.
  expect(await main.innerText()).toContain(colleague.email);
  expect(
    await main.getByRole('button', { name: new RegExp(m('coauthors.withdraw')) }).count(),
  ).toBe(1);
  // While it is a draft: its form and edit page, in English too.
  await cast.recheck(v);
  return path;
}

/** A colleague signs up with a staff address, confirms it from the demo mailbox, signs in. */
async function joinAsStaff() {
  const m = say('ro');
  const v = await cast.open({ javaScript: false });
  const main = v.page.locator('main');
  await v.visit('/account/sign-up');
  await main.getByLabel(m('accounts.field.name'), { exact: true }).fill(colleague.name);
  await main.getByLabel(m('accounts.field.email'), { exact: true }).fill(colleague.email);
  await main.getByLabel(m('accounts.field.password'), { exact: true }).fill(colleague.password);
  await v.follow(main.getByRole('button', { name: exactly('ro', 'accounts.sign_up.submit') }));
  await v.follow(main.getByRole('link', { name: exactly('ro', 'mail.demo_mailbox.link') }));
  const link = /https?:\/\/\S+\/account\/verify\?token=[\w-]+/.exec(await main.innerText())?.[0];
  expect(link, 'the verification link').toBeTruthy();
  await v.visit(new URL(link!).pathname + new URL(link!).search);
  await v.follow(main.getByRole('button', { name: exactly('ro', 'accounts.verify.submit') }));
  // Not signed in yet: the pages of joining, in English too.
  await cast.recheck(v);
  await signIn(v, colleague);
  await switchLanguage(v, 'en');
  return v;
}

/** The colleague accepts from the mailed one-time link and submits the team's proposal. */
async function coAuthorSubmits(v: Visitor, path: string) {
  const m = say('en');
  const main = v.page.locator('main');
  await v.visit('/demo/mailbox');
  const link = /https?:\/\/\S+\/invitations\?token=[\w-]+/.exec(await main.innerText())?.[0];
  expect(link, 'the invitation link').toBeTruthy();
  const invitation = new URL(link!).pathname + new URL(link!).search;
  await v.visit(invitation);
  expect(await main.innerText()).toContain(teamTitle);
  await v.follow(
    main.getByRole('button', { name: new RegExp(`^\\s*${m('coauthors.invitation.accept')}`) }),
  );
  await expect.poll(() => new URL(v.page.url()).pathname).toBe(path);
  const authors = await main.locator('section[aria-labelledby="authors-heading"]').innerText();
  expect(authors).toContain(colleague.name);
  expect(authors).toContain(nameOf(DEMO.employee.email));
  expect(authors).toContain(m('coauthors.lead'));
  // The link worked once.
  await v.visit(invitation);
  expect(await main.innerText()).toContain(m('coauthors.invitation.invalid_link'));

  await v.visit(path);
  await v.follow(main.getByRole('button', { name: exactly('en', 'proposals.submit') }));
  await expect.poll(() => main.innerText()).toContain(m('proposals.state.submitted'));
  expect(
    await main.getByRole('link', { name: exactly('en', 'proposals.edit') }).count(),
    'a submitted proposal can no longer be edited',
  ).toBe(0);
  // Its conversation opens, empty; nobody supports their own proposal: no button for it.
  expect(await main.innerText()).toContain(m('comments.none'));
  expect(await main.getByRole('button', { name: exactly('en', 'supports.give') }).count()).toBe(0);
  // Found under "my proposals", submitted.
  await v.follow(
    v.page
      .getByRole('navigation', { name: m('shell.nav_label') })
      .getByRole('link', { name: exactly('en', 'shell.nav.my_proposals') }),
    /\/my\/proposals$/,
  );
  const row = main.locator('tr', { has: v.page.getByRole('link', { name: teamTitle }) });
  expect(await row.innerText()).toContain(m('proposals.state.submitted'));
  await cast.recheck(v);
}

/** A third employee, in English, submits a proposal of their own. */
async function submitAnother(v: Visitor, callPath: string) {
  const m = say('en');
  const main = v.page.locator('main');
  await v.visit('/');
  await switchLanguage(v, 'en');
  await signIn(v, otherEmployee);
  await v.visit(`${callPath}/proposals/new`);
  const form = main.locator('form[method="POST"]');
  await form.getByLabel(m('proposals.field.title'), { exact: true }).fill(otherTitle);
  await form.getByLabel(m('proposals.field.category'), { exact: true }).selectOption({ index: 2 });
  await form
    .getByLabel(m('proposals.field.problem'), { exact: true })
    .fill('Colegii care vin cu bicicleta nu au unde o lăsa.');
  await form
    .getByLabel(m('proposals.field.solution'), { exact: true })
    .fill('Un suport acoperit în curtea din spate.');
  await v.follow(
    form.getByRole('button', { name: exactly('en', 'proposals.submit') }),
    /\/proposals\/[0-9a-f-]{36}/,
  );
  await expect.poll(() => main.innerText()).toContain(m('proposals.state.submitted'));
  return new URL(v.page.url()).pathname;
}

/** The moderator comments (an empty comment is refused beside its field), supports, follows. */
async function discuss(v: Visitor, path: string) {
  const m = say('ro');
  const main = v.page.locator('main');
  const button = (key: Key) => main.getByRole('button', { name: exactly('ro', key) });
  await v.visit(path);
  await v.follow(button('comments.post'));
  const field = main.getByLabel(m('comments.field.body'), { exact: true });
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await main.getByRole('alert').innerText()).toContain(m('form.required'));
  await field.fill(moderatorSays);
  await v.follow(button('comments.post'));
  await expect.poll(() => main.innerText()).toContain(m('comments.posted'));
  expect(await main.innerText()).toContain(moderatorSays);
  await v.follow(button('supports.give'));
  await expect.poll(() => main.innerText()).toContain(m('supports.count', { count: 1 }));
  await v.follow(button('follows.follow'));
  await expect.poll(() => main.innerText()).toContain(m('follows.following'));
}

/** The moderator asks the team a question (an empty one is refused beside its field). */
async function askClarification(v: Visitor, path: string) {
  const m = say('ro');
  const main = v.page.locator('main');
  await v.visit(path);
  const ask = main.getByRole('button', {
    name: exactly('ro', 'proposals.step.request_clarification'),
  });
  await v.follow(ask);
  await expect.poll(() => main.getByRole('alert').innerText()).toContain(m('error_summary.title'));
  const field = main.getByLabel(m('proposals.field.clarificationRequest'), { exact: true });
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  await field.fill(question);
  await v.follow(ask);
  await expect.poll(() => main.innerText()).toContain(m('proposals.state.clarification_requested'));
}

/** Every point of the call's formal check answered: all passed, or the one at `failed` not. */
async function formalCheck(v: Visitor, path: string, failed?: number) {
  const m = say('ro');
  const main = v.page.locator('main');
  await v.visit(path);
  await v.follow(
    main.getByRole('link', { name: exactly('ro', 'proposals.check.link') }),
    /\/check$/,
  );
  const points = main.locator('form[action="?/save"] fieldset');
  expect(await points.count()).toBe(3);
  expect(await points.nth(1).innerText()).toContain('Nefinanțată din alte surse');
  for (let i = 0; i < 3; i++) {
    const choice = i === failed ? 'proposals.check.fail' : 'proposals.check.pass';
    await points.nth(i).getByLabel(m(choice), { exact: true }).check();
  }
  if (failed !== undefined) {
    await points.nth(failed).locator('textarea').fill('Finanțată deja din bugetul direcției.');
  }
  await v.follow(main.getByRole('button', { name: exactly('ro', 'proposals.check.save') }));
  await expect.poll(() => main.innerText()).toContain(m('proposals.check.saved'));
}

async function markIneligible(v: Visitor, path: string) {
  const m = say('ro');
  const main = v.page.locator('main');
  await formalCheck(v, path, 1);
  await main
    .getByLabel(m('proposals.field.ineligibleReason'), { exact: true })
    .fill(ineligibleReason);
  await v.follow(
    main.getByRole('button', { name: exactly('ro', 'proposals.step.mark_ineligible') }),
  );
  await expect.poll(() => main.innerText()).toContain(m('proposals.state.ineligible'));
}

async function authorReadsReason(v: Visitor, path: string) {
  await v.visit(path);
  const text = await v.page.locator('main').innerText();
  expect(text).toContain(msg('en', 'proposals.state.ineligible'));
  expect(text).toContain(ineligibleReason);
  await cast.recheck(v);
}

/** The lead replies to the moderator's comment, then reports it (a reason is needed). */
async function replyAndReport(v: Visitor, path: string) {
  const m = say('ro');
  const main = v.page.locator('main');
  const button = (key: Key) => ({ name: exactly('ro', key) });
  await v.visit(path);
  // Without JavaScript: the reply and report forms open from their <summary>.
  const thread = main.locator('article.comment', { hasText: moderatorSays }).locator('..');
  await thread.locator('summary', { hasText: m('comments.reply') }).click();
  await thread.getByLabel(m('comments.field.reply'), { exact: true }).fill(leadReplies);
  await v.follow(thread.getByRole('button', button('comments.reply')));
  await expect.poll(() => main.innerText()).toContain(leadReplies);
  const comment = main.locator('article.comment', { hasText: moderatorSays });
  await comment.locator('summary', { hasText: m('comments.report') }).click();
  await v.follow(comment.getByRole('button', button('comments.report')));
  const reason = main.getByLabel(m('comments.field.report_reason'), { exact: true });
  expect(await reason.getAttribute('aria-invalid')).toBe('true');
  await reason.fill(reportReason);
  await v.follow(comment.getByRole('button', button('comments.report')));
  await expect.poll(() => main.innerText()).toContain(m('comments.reported'));
}

async function answerClarification(v: Visitor, path: string) {
  const m = say('ro');
  const main = v.page.locator('main');
  await v.visit(path);
  expect(await main.innerText()).toContain(question);
  // Its form, not the conversation's reply form (whose field has the same label).
  const step = v.page.getByRole('button', { name: exactly('ro', 'proposals.step.answer') });
  const form = main.locator('form', { has: step });
  await form.getByLabel(m('proposals.field.clarificationAnswer'), { exact: true }).fill(answer);
  await v.follow(form.locator(step));
  await expect.poll(() => main.innerText()).toContain(m('proposals.state.submitted'));
}

async function markEligible(v: Visitor, path: string) {
  const m = say('ro');
  const main = v.page.locator('main');
  await v.visit(path);
  expect(await main.innerText()).toContain(answer);
  await formalCheck(v, path);
  // While the check is still open: the moderator's pages in English too.
  await cast.recheck(v);
  await v.visit(`${path}/check`);
  await v.follow(main.getByRole('button', { name: exactly('ro', 'proposals.step.mark_eligible') }));
  await expect.poll(() => main.innerText()).toContain(m('proposals.state.eligible'));
}

/** The administrator hides the reported comment from the moderation queue, with a reason. */
async function hideReported(v: Visitor) {
  const m = say('en');
  const main = v.page.locator('main');
  await v.visit('/admin/comments');
  const item = main.locator('article.comment', { hasText: moderatorSays });
  expect(await item.innerText()).toContain(reportReason);
  // The queue while it holds the report: in Romanian too.
  await cast.recheck(v);
  await v.visit('/admin/comments');
  await item.getByLabel(m('comments.field.hide_reason'), { exact: true }).fill(hideReason);
  await v.follow(item.getByRole('button', { name: exactly('en', 'comments.hide') }));
  await expect.poll(() => main.innerText()).toContain(m('comments.hidden_done'));
  expect(await main.innerText()).not.toContain(moderatorSays);
}

/** In the hidden comment's place, its reason; the replies stay. */
async function coAuthorReadsWhyHidden(v: Visitor, path: string) {
  await v.visit(path);
  const text = await v.page.locator('main').innerText();
  expect(text).toContain(msg('en', 'comments.hidden', { reason: hideReason }));
  expect(text).not.toContain(moderatorSays);
  expect(text).toContain(leadReplies);
}

/**
 * The administrator closes the call, starts the evaluation of its eligible proposals (the
 * team's) and assigns them the two evaluators.
 */
async function startEvaluation(v: Visitor, callPath: string) {
  const m = say('en');
  const main = v.page.locator('main');
  await v.visit(callPath);
  await v.follow(main.getByRole('button', { name: exactly('en', 'calls.transition.close') }));
  await expect
    .poll(() => main.locator('.meta').first().innerText())
    .toContain(m('calls.state.closed'));

  await v.visit(`/admin/calls/${callPath.split('/').pop()}/evaluation`);
  expect(await main.innerText()).toContain(m('evaluation.start.waiting', { count: 1 }));
  await v.follow(main.getByRole('button', { name: exactly('en', 'evaluation.start.submit') }));
  await expect
    .poll(() => v.page.locator('.banner').innerText())
    .toContain(m('evaluation.started', { count: 1 }));
  expect(await main.locator('table').first().innerText()).toContain(teamTitle);

  // Every evaluator is offered, all ticked: these two only, each on every proposal.
  const pool = main.locator('input[name="evaluatorIds"]');
  for (let i = 0; i < (await pool.count()); i++) await pool.nth(i).uncheck();
  for (const email of [DEMO.evaluator.email, otherEvaluator.email]) {
    await main.getByLabel(nameOf(email), { exact: true }).check();
  }
  await main.getByLabel(m('evaluation.assign.mode_all'), { exact: true }).check();
  await v.follow(main.getByRole('button', { name: exactly('en', 'evaluation.assign.submit') }));
  await expect
    .poll(() => v.page.locator('.banner').innerText())
    .toContain(m('evaluation.assigned', { added: 2, proposals: 1, short: 0 }));
}

/** An evaluator scores the team's proposal, reading no author; the first meets a stale form. */
async function scoreBlind(v: Visitor, locale: Locale, score: string, staleToo: boolean) {
  const m = say(locale);
  const main = v.page.locator('main');
  await v.visit('/evaluation');
  await v.follow(main.getByRole('link', { name: teamTitle }), /\/evaluation\/[0-9a-f-]{36}$/);
  const html = await v.page.content();
  for (const s of teamSecrets()) expect(html, `${s} shown to the evaluator`).not.toContain(s);
  expect(await main.innerText()).toContain('colegii împrumută pe rând');
  const radios = main.locator(`input[type=radio][value="${score}"]`);
  const n = await radios.count();
  expect(n, 'the default rubric and the added criterion').toBeGreaterThan(3);
  for (let i = 0; i < n; i++) await radios.nth(i).check();
  await main.locator('textarea[name^="comment_"]').first().fill('Impact clar, test realist.');
  await v.follow(main.getByRole('button', { name: exactly(locale, 'evaluation.scores.save') }));
  await expect
    .poll(() => v.page.locator('.banner').innerText())
    .toContain(m('evaluation.scores_saved'));
  expect(await main.locator(`input[type=radio][value="${score}"]:checked`).count()).toBe(n);
  if (staleToo) {
    // Posting the form as it was first read (an older version, other scores) is refused.
    const version = Number(await main.locator('input[name=version]').inputValue());
    await main.locator('input[name=version]').evaluate((el, old) => {
      (el as HTMLInputElement).value = String(old);
    }, version - 1);
    await main.locator('input[type=radio][value="2"]').first().check();
    await v.follow(main.getByRole('button', { name: exactly(locale, 'evaluation.scores.save') }));
    await expect.poll(() => main.getByRole('alert').innerText()).toContain(m('evaluation.stale'));
  }
  await cast.recheck(v);
}

/** The ranking, its CSV and the dashboard; the decision with its justification; publishing. */
async function decideAndPublish(v: Visitor, callPath: string) {
  const m = say('en');
  const main = v.page.locator('main');
  const id = callPath.split('/').pop();
  await v.visit(`/admin/calls/${id}/ranking`);
  const rows = main.locator('tbody tr');
  expect(await rows.count()).toBe(1);
  // Two evaluators, one giving 4 and one 5 on every criterion: a weighted mean of 4.5.
  expect(await rows.first().innerText()).toContain('4.5');
  const csv = await v.context.request.get(`/admin/calls/${id}/ranking.csv`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
  expect(text).toContain(teamTitle);
  for (const s of teamSecrets()) expect(text).not.toContain(s);
  await v.visit(`/admin/calls/${id}/dashboard`);
  expect(await main.locator('svg[role=img]').count()).toBeGreaterThan(0);
  // The administrator's pages, before the decision changes them, in Romanian too.
  await cast.recheck(v);

  await v.visit(`/admin/calls/${id}/ranking`);
  const decision = main.locator('form.decision', { hasText: teamTitle });
  await decision
    .getByLabel(m('evaluation.decide.justification'), { exact: true })
    .fill(justification);
  await v.follow(
    decision.getByRole('button', { name: new RegExp(`^${m('evaluation.decide.select')}`) }),
  );
  await expect
    .poll(() => v.page.locator('.banner').innerText())
    .toContain(m('evaluation.decided.selected'));
  await v.follow(main.getByRole('button', { name: exactly('en', 'results.publish') }));
  await expect.poll(() => v.page.locator('.banner').innerText()).toContain(m('results.published'));
}

/** Anyone reads the results: the selected proposal and why; not the ineligible one. */
async function readResults() {
  const v = await cast.open({ javaScript: false });
  const main = v.page.locator('main');
  await v.visit('/results');
  await v.follow(main.getByRole('link', { name: callTitle.ro }), /\/results$/);
  const text = await main.innerText();
  expect(text).toContain(teamTitle);
  expect(text).toContain(justification);
  expect(text).not.toContain(otherTitle);
  // Two proposals, three authors, the two lead authors' departments, one selected.
  expect(await main.locator('.figures li strong').allInnerTexts()).toEqual(['2', '3', '2', '1']);
  expect(await main.locator('.card-list > li').count()).toBe(1);
  await cast.recheck(v);
}
