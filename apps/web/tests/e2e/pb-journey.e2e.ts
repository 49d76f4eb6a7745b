/**
 * Citizen participatory budgeting from end to end (issue 9), in Romanian, the citizen without
 * JavaScript: a newcomer signs up, confirms the address from the demo mailbox, declares living
 * in the city and submits proposals; the analysis (the administrator) passes one, merges a
 * neighbour's duplicate into it, rejects another with reasons and upholds its author's appeal;
 * the administrator moves the phases by hand and cannot change the rule once voting opened.
 * The citizen then votes under every ballot rule — one vote per domain (this process), k
 * approvals, a knapsack (over budget first, corrected), a minimum and maximum number, cumulative
 * points — and a visitor votes with a printed one-time code. Results are published; each
 * process's `.pb` download, read back and counted by packages/pb with the process's rule, selects
 * the winners the results page shows. axe checks every page, the booth in each state.
 *
 * The walked process is created through the admin's pages; the four processes of the other
 * rules, and the ballots of code voters that give the counts something to decide, are made over
 * HTTP by the app's own forms (pb-fixtures.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Browser } from 'playwright-core';
import { cluj, count, parsePb } from '@innovato-r/pb';
import { baseUrl, journey, launchBrowser, signIn, type Visitor } from './browser.ts';
import { exactly, msg } from './i18n.ts';
import {
  api,
  ballotIds,
  declare,
  moveTo,
  optionsOf,
  post,
  votingCodes,
  votingProcess,
  voteWithCode,
  proposeAsParticipant,
  type RuleFields,
  type VotingProcess,
} from './pb-fixtures.ts';
import { formatMoney } from '#lib/i18n/format.ts';

let browser: Browser;
let admin: APIRequestContext;
beforeAll(async () => {
  browser = await launchBrowser();
  admin = await api('admin');
});
afterAll(async () => {
  await admin?.dispose();
  await browser?.close();
});

type Key = Parameters<typeof msg>[1];
const m = (key: Key, params?: Parameters<typeof msg>[2]) => msg('ro', key, params);
const button = (v: Visitor, key: Key, params?: Parameters<typeof msg>[2]) =>
  v.page.locator('main').getByRole('button', { name: exactly('ro', key, params) });
const field = (v: Visitor, key: Key) => v.page.locator('main').getByLabel(m(key), { exact: true });

const stamp = Date.now();
/** With E2E_DEBUG, where the journey is and how long it took to get there. */
const step = (what: string) => {
  if (process.env.E2E_DEBUG)
    console.log(`[step] ${((Date.now() - stamp) / 1000).toFixed(1)} s: ${what}`);
};
const citizen = {
  name: 'Ilinca Bărbulescu',
  email: `ilinca.barbulescu.${stamp}@example.org`,
  password: 'bugetul orașului e și al meu 2026',
};
const TITLE = `Bugetul străzilor Horea și Dorobanților (${stamp})`;
const BENCHES = 'Bănci și umbră în parcul Feroviarilor';
const TWIN = 'Mai multe bănci în parcul Feroviarilor';
const LIBRARY = 'Bibliotecă de cartier în stația de autobuz';
const ANNUAL = 'Costurile anuale le preia asociația de proprietari.';

/** Signs up, confirms the address from the demo mailbox, signs in. */
async function signUp(c: Visitor) {
  const main = c.page.locator('main');
  await c.visit('/account/sign-up');
  await field(c, 'accounts.field.name').fill(citizen.name);
  await field(c, 'accounts.field.email').fill(citizen.email);
  await field(c, 'accounts.field.password').fill(citizen.password);
  await c.follow(button(c, 'accounts.sign_up.submit'));
  await c.follow(main.getByRole('link', { name: exactly('ro', 'mail.demo_mailbox.link') }));
  const link = /https?:\/\/\S+\/account\/verify\?token=[\w-]+/.exec(await main.innerText())?.[0];
  expect(link, 'the verification link').toBeTruthy();
  await c.visit(new URL(link!).pathname + new URL(link!).search);
  await c.follow(button(c, 'accounts.verify.submit'));
  await signIn(c, citizen);
}

/** Fills and submits the proposal form; returns the new proposal's path. */
async function propose(c: Visitor, title: string, domainIndex: number, cost: string) {
  await field(c, 'pb_proposals.field.title').fill(title);
  await field(c, 'pb_proposals.field.description').fill(
    `${title}: propunerea unei locuitoare a străzii Horea, cu diacritice — ăâîșț.`,
  );
  await field(c, 'pb_proposals.field.domain').selectOption({ index: domainIndex });
  await field(c, 'pb_proposals.field.cost_estimate').fill(cost);
  await field(c, 'pb_proposals.field.latitude').fill('46,7712');
  await field(c, 'pb_proposals.field.longitude').fill('23.6236');
  await c.follow(button(c, 'pb_proposals.new.submit'), /\/proposals\/[0-9a-f-]{36}$/);
  expect(await c.page.locator('main h1').innerText()).toBe(title);
  expect(await c.page.locator('main').innerText()).toContain(m('pb_proposals.state.submitted'));
  return new URL(c.page.url()).pathname;
}

/** The citizen's way in: home page, the process, its proposals, the declaration, two proposals. */
async function citizenProposes(c: Visitor) {
  const main = c.page.locator('main');
  await c.visit('/');
  await c.follow(main.locator('a.pb-process-link', { hasText: TITLE }), /\/pb\/[0-9a-f-]{36}$/);
  const processPath = new URL(c.page.url()).pathname;
  await c.follow(main.locator('a.pb-proposals-link'));
  await c.follow(main.locator('a[href$="/proposals/new"]').first(), /\/proposals\/new$/);
  expect(await main.innerText()).toContain(m('pb.declare.needed'));
  await c.page.locator('#relation-lives').check();
  await field(c, 'pb.declare.birth_year_label').fill('1991');
  await c.page.locator('#confirm').check();
  await c.follow(button(c, 'pb_proposals.declare.submit'));
  const benches = await propose(c, BENCHES, 1, '90000');
  await c.visit(`${processPath}/proposals/new`);
  const library = await propose(c, LIBRARY, 2, '120000');
  return { processPath, benches, library };
}

/** The analysis of a proposal: every criterion passed, or the last one failed, and the city's cost. */
async function analyse(a: Visitor, path: string, cityCost: string, failLast = false) {
  await a.visit(path);
  const main = a.page.locator('main');
  for (const pass of await main.locator('input[type=radio][value=pass]').all()) await pass.check();
  if (failLast) await main.locator('input[type=radio][value=fail]').last().check();
  await field(a, 'pb_proposals.field.city_cost').fill(cityCost);
  await a.follow(button(a, 'pb_proposals.analysis.save'));
  expect(await main.innerText()).toContain(m('pb_proposals.notice.analysed'));
}

/** The admin's page of the walked process: the button to the next phase. */
async function movePhase(a: Visitor, adminPath: string, phase: Key) {
  await a.visit(adminPath);
  await a.follow(button(a, 'pb.phase.move', { phase: m(phase) }));
  expect(await a.page.locator('main').innerText()).toContain(m('pb.phase.moved'));
}

/** The proposals' analysis: one passed, its duplicate merged into it, one rejected with reasons. */
async function analysis(a: Visitor, paths: { benches: string; library: string }) {
  const main = a.page.locator('main');
  await analyse(a, paths.benches, '95000');
  await a.follow(button(a, 'pb_proposals.step.mark_eligible'));
  expect(await main.innerText()).toContain(m('pb_proposals.on_ballot'));
  await a.visit(paths.benches.replace(/\/[^/]+$/, ''));
  await a.follow(main.locator('a.pb-proposal-link', { hasText: TWIN }));
  const target = field(a, 'pb_proposals.field.merged_into');
  await target.selectOption(
    (await target.locator('option', { hasText: BENCHES }).getAttribute('value'))!,
  );
  await a.follow(button(a, 'pb_proposals.step.merge'));
  expect(await main.innerText()).toContain(m('pb_proposals.merged_into'));
  await analyse(a, paths.library, '110000', true);
  await field(a, 'pb_proposals.field.ineligible_reason').fill(
    'Întreținerea anuală depășește ce poate prelua primăria.',
  );
  await a.follow(button(a, 'pb_proposals.step.mark_ineligible'));
  expect(await main.innerText()).toContain(m('pb_proposals.state.ineligible'));
}

/** The author appeals; the analysis upholds it (a reason is required): the proposal is on the ballot. */
async function appeal(c: Visitor, a: Visitor, library: string) {
  await c.visit(library);
  await field(c, 'pb_proposals.field.appeal_text').fill(ANNUAL);
  await c.follow(button(c, 'pb_proposals.appeal.submit'));
  expect(await c.page.locator('main').innerText()).toContain(m('pb_proposals.notice.appealed'));
  await a.visit(library);
  const outcome = field(a, 'pb_proposals.field.outcome');
  await outcome.selectOption('upheld');
  await a.follow(button(a, 'pb_proposals.appeal.record'));
  expect(await errorOf(a, m('pb_proposals.field.decision_reason'))).toContain(m('form.required'));
  await field(a, 'pb_proposals.field.decision_reason').fill('Asociația își asumă întreținerea.');
  await outcome.selectOption('upheld');
  await a.follow(button(a, 'pb_proposals.appeal.record'));
  expect(await a.page.locator('main').innerText()).toContain(m('pb_proposals.notice.decided'));
  // The decision and its reasons are public.
  const anyone = await api();
  const page = await (await anyone.get(library)).text();
  await anyone.dispose();
  expect(page).toContain(m('pb_proposals.appeal.state.upheld'));
  expect(page).toContain('Asociația își asumă întreținerea.');
}

/** The error beside a field, found through the field's aria-describedby. */
async function errorOf(v: Visitor, label: string) {
  const input = v.page.locator('main').getByLabel(label, { exact: true });
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const id = ids.split(' ').find((x) => x.endsWith('-error'));
  expect(id, `an error tied to "${label}"`).toBeTruthy();
  return v.page.locator(`[id="${id}"]`).innerText();
}

/** Once voting opened the rule is locked — on the page, and against a forged post; dates too. */
async function rulesLocked(a: Visitor, adminPath: string) {
  const main = a.page.locator('main');
  await a.visit(adminPath);
  expect(await main.innerText()).toContain(m('pb.rule.locked'));
  const response = await a.page.request.post(`${adminPath}?/rules`, {
    form: { kind: 'knapsack', minProjects: '1', countingRule: 'greedy', maxWinners: '3' },
    headers: { origin: baseUrl(), accept: 'text/html' },
  });
  expect(response.status(), (await response.text()).slice(0, 2000)).toBe(409);
  await a.visit(adminPath);
  expect(await main.innerText()).toContain(m('pb.rule.text.per_domain', { max: 1 }));
  // Phase dates: started phases are dates, not fields; a past date for one ahead is refused.
  await a.visit(`${adminPath}/schedule`);
  expect(await main.locator('#starts_voting').count()).toBe(0);
  const validation = main.locator('#starts_validation');
  const shown = await validation.inputValue();
  await validation.fill('2020-01-01T10:00');
  await a.follow(a.page.getByRole('button', { name: m('pb.schedule.save') }));
  expect(await a.page.locator('#starts_validation-error').innerText()).toContain(
    m('pb.phase.in_past'),
  );
  expect(await validation.getAttribute('aria-describedby')).toContain('starts_validation-error');
  expect(await validation.inputValue()).toBe('2020-01-01T10:00');
  await a.visit(`${adminPath}/schedule`);
  expect(await main.locator('#starts_validation').inputValue()).toBe(shown);
}

const box = (c: Visitor, id: string) => c.page.locator(`main input[id="project-${id}"]`);
const review = (c: Visitor) => c.follow(button(c, 'pb.booth.review'));
const errors = (c: Visitor) => c.page.locator('main .error-summary').first().innerText();

/** Review, confirm, receipt: returns the receipt code. */
async function cast(c: Visitor): Promise<string> {
  const main = c.page.locator('main');
  expect(await main.locator('h1').innerText()).toBe(m('pb.booth.review_title'));
  await c.follow(button(c, 'pb.booth.confirm'));
  expect(await main.locator('h1').innerText()).toBe(m('pb.booth.receipt_title'));
  const receipt = await main.locator('.receipt-code').innerText();
  expect(receipt).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  return receipt;
}

/**
 * One vote per domain, on the process page the citizen followed: two projects in one domain are
 * refused (the message tied to the domain's group), corrected; back from the review keeps the
 * choice; cast; the receipt says the ballot is counted.
 */
async function voteOnePerDomain(c: Visitor, ids: Record<string, string>) {
  const main = c.page.locator('main');
  const elsewhere: string[] = [];
  c.page.on('request', (r) => {
    if (!r.url().startsWith(baseUrl())) elsewhere.push(r.url());
  });
  await c.visit('/pb');
  await c.follow(main.locator('a.pb-process-link', { hasText: TITLE }), /\/pb\/[0-9a-f-]{36}$/);
  // The timeline is a list with the current phase marked; places a list; no map without tiles.
  const current = main.locator('ol.timeline > li[aria-current="step"]');
  expect(await current.innerText()).toContain(m('pb.state.voting'));
  expect(await main.locator('ol.timeline > li time').count()).toBeGreaterThanOrEqual(3);
  expect(await main.locator('ol.pb-places > li').first().innerText()).toMatch(
    /46[.,]7712.*23[.,]6236/,
  );
  expect(await main.locator('.pb-map').count()).toBe(0);
  await c.follow(main.locator('a.pb-vote-link'), /\/vote$/);
  await box(c, ids.benches!).check();
  await box(c, ids.fountain!).check();
  await review(c);
  const domain = main.locator(`fieldset:has(input[id="project-${ids.benches}"])`);
  const legend = await domain.locator('legend').innerText();
  expect(await errors(c)).toContain(
    m('pb.booth.domain_too_many', { count: '2', max: '1', domain: legend }),
  );
  expect(await domain.getAttribute('aria-describedby')).toBeTruthy();
  await box(c, ids.fountain!).uncheck();
  await box(c, ids.library!).check();
  await review(c);
  await c.follow(button(c, 'pb.booth.back'));
  expect(await box(c, ids.library!).isChecked()).toBe(true);
  await review(c);
  const receipt = await cast(c);
  await c.follow(main.getByRole('link', { name: m('pb.booth.check_link') }));
  await field(c, 'pb.receipt.label').fill(receipt);
  await c.follow(button(c, 'pb.receipt.check'));
  expect(await main.innerText()).toContain(m('pb.receipt.counted'));
  expect(elsewhere).toEqual([]);
}

/** The other rules' processes: projects (domain index, title, euros), rule, code voters' ballots. */
const RULES: {
  key: string;
  rule: RuleFields;
  budget: string;
  projects: [number, string, string][];
  ballots: (number[] | number[][])[];
}[] = [
  {
    key: 'k approvals',
    rule: {
      kind: 'approval',
      maxProjects: '2',
      irrevocable: true,
      countingRule: 'greedy',
      maxWinners: '10',
    },
    budget: '300000',
    projects: [
      [0, 'Skatepark lângă Sala Polivalentă', '140000'],
      [1, 'Grădină comunitară pe strada Moților', '60000'],
      [2, 'Atelier de reparat biciclete', '90000'],
      [3, 'Loc de joacă incluziv în Gheorgheni', '130000'],
    ],
    ballots: [[0, 1], [0, 3], [3], [1, 3]],
  },
  {
    key: 'knapsack',
    rule: { kind: 'knapsack', budgetLimit: '300000', countingRule: 'mes-add1', maxWinners: '10' },
    budget: '400000',
    projects: [
      [0, 'Piste de biciclete pe Calea Florești', '150000'],
      [1, 'Iluminat pe aleea Bucegi', '120000'],
      [2, 'Toalete publice în Piața Mihai Viteazu', '100000'],
      [3, 'Fântâni de apă potabilă', '80000'],
    ],
    ballots: [
      [0, 1],
      [0, 3],
      [2, 3],
      [1, 2, 3],
    ],
  },
  {
    key: 'min and max',
    rule: {
      kind: 'approval',
      minProjects: '2',
      maxProjects: '3',
      countingRule: 'greedy',
      maxWinners: '10',
    },
    budget: '250000',
    projects: [
      [0, 'Acoperiș verde la școala Nicolae Titulescu', '120000'],
      [1, 'Adăposturi în stațiile de autobuz', '100000'],
      [2, 'Cursuri de programare în biblioteci', '50000'],
      [4, 'Străzi fără mașini duminica', '70000'],
    ],
    ballots: [
      [0, 1],
      [1, 2, 3],
      [0, 3],
    ],
  },
  {
    key: 'cumulative',
    rule: {
      kind: 'cumulative',
      points: '10',
      maxPointsPerProject: '6',
      countingRule: 'greedy',
      maxWinners: '10',
    },
    budget: '250000',
    projects: [
      [0, 'Parc pentru câini în Zorilor', '90000'],
      [1, 'Bănci cu panouri solare', '80000'],
      [2, 'Teatru în aer liber pe Cetățuie', '140000'],
    ],
    ballots: [
      [
        [0, 6],
        [1, 4],
      ],
      [
        [2, 6],
        [0, 4],
      ],
      [
        [2, 5],
        [1, 5],
      ],
    ],
  },
];

/** What a code voter's ballot of project indexes (or [index, points] pairs) posts. */
function choiceOf(p: VotingProcess, ballot: number[] | number[][]) {
  if (typeof ballot[0] === 'number') return (ballot as number[]).map((i) => p.projects[i]!);
  return Object.fromEntries((ballot as number[][]).map(([i, n]) => [p.projects[i!]!, n!]));
}

/** The citizen votes in the other processes, each in its own way. */
async function voteUnderEachRule(c: Visitor, [k, knapsack, minMax, cumulative]: VotingProcess[]) {
  const main = c.page.locator('main');
  await c.visit(`/pb/${k!.id}/vote`);
  await box(c, k!.projects[1]!).check();
  await box(c, k!.projects[2]!).check();
  await review(c);
  await cast(c);

  // The knapsack, without JavaScript: no live bar; the server's message names the amounts.
  await c.visit(`/pb/${knapsack!.id}/vote`);
  const status = main.locator('[data-booth-status]');
  expect(await status.count()).toBe(1);
  expect(await status.isVisible()).toBe(false);
  for (const id of knapsack!.projects) await box(c, id).check();
  await review(c);
  const total = formatMoney('ro', 45_000_000, 'EUR');
  expect(await errors(c)).toContain(
    m('pb.booth.over_budget', {
      count: '4',
      total,
      limit: formatMoney('ro', 30_000_000, 'EUR'),
    }),
  );
  await box(c, knapsack!.projects[0]!).uncheck();
  await box(c, knapsack!.projects[2]!).uncheck();
  await review(c);
  await cast(c);

  await c.visit(`/pb/${minMax!.id}/vote`);
  await box(c, minMax!.projects[2]!).check();
  await review(c);
  expect(await errors(c)).toContain(m('pb.booth.too_few', { count: '1', min: '2' }));
  await box(c, minMax!.projects[3]!).check();
  await review(c);
  await cast(c);

  await c.visit(`/pb/${cumulative!.id}/vote`);
  await main.locator(`input[name="points_${cumulative!.projects[1]}"]`).fill('6');
  await main.locator(`input[name="points_${cumulative!.projects[2]}"]`).fill('4');
  await review(c);
  await cast(c);
}

/** A visitor without an account votes with a printed code, typed in lower case; it works once. */
async function voteWithPrintedCode(p: VotingProcess, code: string) {
  await journey(browser, { javaScript: false }, async (v) => {
    const main = v.page.locator('main');
    await v.visit(`/pb/${p.id}/vote`);
    expect(await main.innerText()).toContain(m('pb.booth.sign_in'));
    await field(v, 'pb.code.label').fill(code.toLowerCase());
    await v.follow(button(v, 'pb.code.use'));
    expect(await main.innerText()).toContain(m('pb.code.voting_as'));
    await box(v, p.projects[3]!).check();
    await review(v);
    await cast(v);
    await v.visit(`/pb/${p.id}/vote`);
    await field(v, 'pb.code.label').fill(code);
    await v.follow(button(v, 'pb.code.use'));
    expect(await errors(v)).toContain(m('pb.code.used'));
    // The demo's finished edition: its published results recount the same from its `.pb`.
    await v.visit('/pb');
    await v.follow(main.locator('a.pb-results-link').first(), /\/results$/);
    const demo = await recountedWinners(v, { countingRule: 'cluj', maxWinners: '15' });
    expect(demo.rows).toHaveLength(12);
    expect(demo.election.voters.length).toBeGreaterThan(3000);
  });
}

/** The pabulib name of each counting rule, as the `.pb` file's META `rule` says it. */
const PABULIB = { cluj: 'cluj', greedy: 'greedy', 'mes-add1': 'equalshares/add1' } as const;

/**
 * On a results page: the winners it shows (by project number) are the ones packages/pb selects
 * from the page's own `.pb` download, counted with the process's rule — and the file's
 * `selected` column says the same. Returns the rows and the file.
 */
async function recountedWinners(v: Visitor, rule: Pick<RuleFields, 'countingRule' | 'maxWinners'>) {
  const main = v.page.locator('main');
  expect(await main.locator('svg[role=img] title').count()).toBe(1);
  const table = main.locator('table', {
    has: v.page.locator('caption', { hasText: exactly('ro', 'pb.results.projects') }),
  });
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
    );
  const winners = rows
    .filter((r) => r[5] === m('pb.results.funded'))
    .map((r) => r[0]!)
    .sort();
  const href = await main.locator('a.pb-download').getAttribute('href');
  const response = await v.page.request.get(href!);
  expect(response.status()).toBe(200);
  const election = parsePb(await response.text());
  expect(election.meta.get('rule')).toBe(PABULIB[rule.countingRule]);
  const outcome =
    rule.countingRule === 'cluj'
      ? cluj(election, { maxWinners: Number(rule.maxWinners) })
      : count(election, rule.countingRule === 'greedy' ? 'greedy' : 'equalshares/add1');
  expect([...outcome.winners].sort(), v.page.url()).toEqual(winners);
  const selected = election.projects.filter((x) => x.fields.get('selected') === '1');
  expect(selected.map((x) => x.id).sort()).toEqual(winners);
  return { rows, winners, election };
}

/** A process of this journey, published: every ballot in the file, someone wins, someone loses. */
async function resultsRecount(c: Visitor, p: VotingProcess, rule: RuleFields, ballots: number) {
  await c.visit(`/pb/${p.id}/results`);
  const { rows, winners, election } = await recountedWinners(c, rule);
  expect(rows).toHaveLength(p.projects.length);
  expect(election.voters).toHaveLength(ballots);
  expect(winners.length, `${p.title}: someone wins`).toBeGreaterThan(0);
  expect(winners.length, `${p.title}: someone loses`).toBeLessThan(rows.length);
}

describe('participatory budgeting, from a citizen’s sign-up to a recounted result', () => {
  it('proposals, analysis, appeal, a vote under every ballot rule, results counted again from the .pb', async () => {
    const others: VotingProcess[] = [];
    for (const r of RULES) {
      const p = await votingProcess(admin, {
        title: `Test ${r.key} (${stamp})`,
        budget: r.budget,
        rule: r.rule,
        projects: r.projects,
        codes: r.ballots.length + 1,
      });
      for (const [i, ballot] of r.ballots.entries())
        await voteWithCode(p.id, p.codes[i + 1]!, choiceOf(p, ballot));
      others.push(p);
    }
    step('four processes voting');
    const walked: RuleFields = {
      kind: 'approval',
      perDomainMax: '1',
      countingRule: 'cluj',
      maxWinners: '2',
    };

    await journey(browser, { javaScript: false }, async (c) => {
      await journey(browser, { as: 'admin' }, async (a) => {
        const main = a.page.locator('main');
        await a.visit('/admin/pb/new');
        await main.locator('#title_ro').fill(TITLE);
        await main
          .locator('#description_ro')
          .fill('Strada își alege proiectele: câte unul în fiecare domeniu.');
        await main.locator('#phase_information').uncheck();
        await main.locator('#phase_appeals').check();
        await main.locator('#budget').fill('600000');
        await main.locator('#maxWinners').fill('2');
        await a.follow(button(a, 'pb.create.submit'), /\/admin\/pb\/[0-9a-f-]{36}$/);
        const adminPath = new URL(a.page.url()).pathname;
        await movePhase(a, adminPath, 'pb.state.submission');
        step('process created, submissions open');

        await signUp(c);
        const paths = await citizenProposes(c);
        const processId = paths.processPath.split('/').at(-1)!;
        await proposeAsParticipant(processId, TWIN, 0);
        step('signed up, proposals submitted');

        await movePhase(a, adminPath, 'pb.state.analysis');
        await analysis(a, paths);
        const domainIds = optionsOf(await (await admin.get(adminPath)).text(), 'domainId');
        await post(admin, `${adminPath}?/project`, {
          domainId: domainIds[0]!,
          title: 'Fântână arteziană în Piața Avram Iancu',
          cost: '130000',
          summary: '',
        });
        await post(admin, `${adminPath}?/project`, {
          domainId: domainIds[3]!,
          title: 'Mese de ping-pong în curtea școlii',
          cost: '40000',
          summary: '',
        });
        await movePhase(a, adminPath, 'pb.state.appeals');
        await appeal(c, a, paths.library);
        await movePhase(a, adminPath, 'pb.state.voting');
        await rulesLocked(a, adminPath);
        step('analysed, appeal decided, voting open');

        const codes = await votingCodes(admin, processId, 4);
        const [benches, library, fountain, pingPong] = await ballotIds(processId, codes[0]!, [
          BENCHES,
          LIBRARY,
          'Fântână arteziană',
          'ping-pong',
        ]);
        const journeyProcess: VotingProcess = {
          id: processId,
          title: TITLE,
          projects: [benches!, library!, fountain!, pingPong!],
          codes,
        };
        for (const [i, ballot] of [[2, 3], [2], [2, 1]].entries())
          await voteWithCode(processId, codes[i + 1]!, choiceOf(journeyProcess, ballot));

        await voteOnePerDomain(c, { benches: benches!, library: library!, fountain: fountain! });
        step('voted: one per domain');
        for (const p of others) await declare(c.page.request, p.id);
        step('declared in the other processes');
        await voteUnderEachRule(c, others);
        step('voted under every rule');
        await voteWithPrintedCode(others[0]!, others[0]!.codes[0]!);
        step('voted with a code');

        await movePhase(a, adminPath, 'pb.state.validation');
        await movePhase(a, adminPath, 'pb.state.results');
        for (const p of others) await moveTo(admin, `/admin/pb/${p.id}`, ['validation', 'results']);

        step('results published');
        await resultsRecount(c, journeyProcess, walked, 4);
        for (const [i, p] of others.entries())
          await resultsRecount(
            c,
            p,
            RULES[i]!.rule,
            RULES[i]!.ballots.length + 1 + (i === 0 ? 1 : 0),
          );
      });
    });
  });
});
